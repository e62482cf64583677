import type { ActionHandler } from '../../action-context.js';
import { SandboxError } from '../../errors.js';

const MAX_RESOURCES = 20;
/** Media still being written cannot change app until processing ends. */
const BUSY_STATUSES = new Set(['Uploading', 'Transcoding', 'Checking', 'UploadSucc']);

export const moveAppResource: ActionHandler = (context) => {
  const targetAppId = context.required('TargetAppId');
  const resourceType = context.oneOf('ResourceType', ['video', 'image', 'attached'] as const) ?? 'video';
  const ids = context.list('ResourceIds', { required: true, max: MAX_RESOURCES });
  const target = context.state.data.apps[targetAppId];
  if (!target || target.Status !== 'Normal') {
    throw new SandboxError('Forbidden.OperateAppResource', 'Invalid app permission to operate on the specified resource.', 403);
  }
  const data = context.state.data;
  const table: Record<string, { AppId: string; Status: string; ModificationTime?: string }> =
    resourceType === 'video' ? data.videos : resourceType === 'image' ? data.images : data.attachedMedia;
  const nonExist: string[] = [];
  const failed: string[] = [];
  const now = context.clock.nowIso();
  for (const id of [...new Set(ids)]) {
    const record = table[id];
    if (!record) nonExist.push(id);
    else if (BUSY_STATUSES.has(record.Status)) failed.push(id);
    else if (record.AppId !== targetAppId) {
      record.AppId = targetAppId;
      record.ModificationTime = now;
    }
  }
  return { NonExistResourceIds: nonExist, FailedResourceIds: failed };
};
