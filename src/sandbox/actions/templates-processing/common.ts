import type { ActionContext } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import { specError } from '../../spec-table.js';
import type { VideoRecord } from '../../state/records.js';
import { DEFAULT_APP_ID } from '../../state/sandbox-state.js';

/** The spec's error row for this action (its exact message and status), or the given fallback. */
export function fail(context: ActionContext, code: string, fallback: { message: string; status: number }, resource?: string): SandboxError {
  const row = specError(context.action, code);
  const message = (row?.message ?? fallback.message).replace('%s', resource ?? 'resource');
  return new SandboxError(code, message, row?.httpStatus ?? fallback.status);
}

export const noSuchResource = (context: ActionContext, resource: string) =>
  fail(context, 'NoSuchResource', { message: 'The specified resource %s does not exist.', status: 404 }, resource);

export function requireVideo(context: ActionContext, videoId: string): VideoRecord {
  const video = context.state.data.videos[videoId];
  if (!video || video.DeletedAt) throw fail(context, 'InvalidVideo.NotFound', { message: 'The video does not exist.', status: 404 });
  return video;
}

/** Each job type accepts only videos in the statuses its error table names. */
export function requireStatus(context: ActionContext, video: VideoRecord, allowed: readonly string[]): void {
  if (!allowed.includes(video.Status) || !video.HasMezzanine) {
    throw fail(context, 'Forbidden.IllegalStatus', { message: 'Status of the video is illegal.', status: 400 });
  }
}

export function page<T>(items: readonly T[], pageNo: number, pageSize: number): T[] {
  return items.slice((pageNo - 1) * pageSize, pageNo * pageSize);
}

export function appIdOf(context: ActionContext): string {
  return context.str('AppId') ?? DEFAULT_APP_ID;
}

export function utf8Max(context: ActionContext, name: string, value: string, maxBytes: number): string {
  if (Buffer.byteLength(value, 'utf8') > maxBytes) throw new SandboxError('InvalidParameter', `The specified parameter "${name}" is not valid. At most ${maxBytes} bytes.`, 400);
  return value;
}

export function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
