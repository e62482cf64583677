import type { ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import type { AttachedMediaRecord } from '../../state/records.js';
import { DEFAULT_APP_ID } from '../../state/sandbox-state.js';
import { uploadCredentialsView } from './upload-credentials-view.js';
import { bucketOf, checkCategory, checkMediaText, extensionOf, resolveStorage, userDataParam } from './upload-rules.js';

const EXTENSIONS: Record<string, readonly string[]> = {
  watermark: ['png', 'gif', 'apng', 'mov'],
  subtitle: ['srt', 'ass', 'stl', 'ttml', 'vtt'],
  material: ['jpg', 'gif', 'png', 'mp4', 'mat', 'zip'],
};

export const createUploadAttachedMedia: ActionHandler = (context) => {
  const businessType = context.oneOf('BusinessType', ['watermark', 'subtitle', 'material'] as const) ?? 'material';
  const allowed = EXTENSIONS[businessType] ?? [];
  const fileName = context.str('FileName');
  const ext = (context.str('MediaExt') ?? (fileName ? extensionOf(fileName) : undefined) ?? allowed[0] ?? 'png').toLowerCase();
  if (!allowed.includes(ext)) throw invalidParameter('MediaExt', `For ${businessType}: ${allowed.join(', ')}.`);
  const title = context.str('Title');
  const description = context.str('Description');
  const tags = context.str('Tags');
  checkMediaText({ Title: title, Description: description, Tags: tags });
  const cateIds = context.list('CateIds', { max: 5 }).map((id) => {
    if (!/^\d+$/.test(id)) throw invalidParameter('CateIds', 'Category IDs are integers.');
    return Number(id);
  });
  cateIds.forEach((cateId) => checkCategory(context, cateId));
  context.int('FileSize', { min: 0 });
  userDataParam(context);
  const location = resolveStorage(context);
  const bucket = bucketOf(location);
  const id = context.state.nextId('attachedMedia');
  const key = `${businessType}/${id.toUpperCase()}.${ext}`;
  const url = `${context.baseUrl}/${bucket}/${key}`;
  const media: AttachedMediaRecord = {
    MediaId: id,
    Title: title ?? '',
    Description: description,
    Tags: tags,
    CateId: cateIds[0],
    BusinessType: businessType,
    Status: 'Uploading',
    URL: url,
    FileURL: url,
    StorageLocation: location,
    CreationTime: context.clock.nowIso(),
    AppId: context.str('AppId') ?? DEFAULT_APP_ID,
    RegionId: context.region,
    StorageClass: 'Standard',
    Ext: ext,
    FileName: fileName ?? `${id}.${ext}`,
  };
  context.state.data.attachedMedia[id] = media;
  return {
    MediaId: id,
    MediaURL: url,
    FileURL: url,
    ...uploadCredentialsView(context, { Kind: 'attached', MediaId: id, Bucket: bucket, ObjectKey: key }),
  };
};
