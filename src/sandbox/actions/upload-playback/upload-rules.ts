import type { ActionContext } from '../../action-context.js';
import { invalidParameter, SandboxError } from '../../errors.js';
import { specError } from '../../spec-table.js';
import { storageLocation } from '../../state/media-lifecycle.js';

/** Upload overview: the audio/video extensions VOD accepts. */
export const MEDIA_EXTENSIONS = new Set([
  '3gp', 'asf', 'avi', 'dat', 'dv', 'flv', 'f4v', 'gif', 'm2t', 'm3u8', 'm4v', 'mj2', 'mjpeg', 'mkv', 'mov', 'mp4', 'mpe', 'mpg', 'mpeg', 'mts', 'ogg', 'qt', 'rm',
  'rmvb', 'swf', 'ts', 'vob', 'wmv', 'webm', 'aac', 'ac3', 'acm', 'amr', 'ape', 'caf', 'flac', 'm4a', 'mp3', 'ra', 'wav', 'wma',
]);

export function extensionOf(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 || (dot === 0 && base.length > 1) ? base.slice(dot + 1).toLowerCase() : undefined;
}

const EMOJI = /\p{Extended_Pictographic}/u;

export function specFailure(action: string, code: string, fallback: string, status: number, replace: Record<string, string> = {}): SandboxError {
  const row = specError(action, code);
  let message = row?.message ?? fallback;
  for (const [from, to] of Object.entries(replace)) message = message.replace(from, to);
  return new SandboxError(code, message, row?.httpStatus ?? status);
}

/** Title, Description and Tags: byte limits, no emoji (IllegalCharacters), tag count and length. */
export function checkMediaText(values: { Title?: string | undefined; Description?: string | undefined; Tags?: string | undefined }): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (EMOJI.test(value)) {
      throw specFailure('CreateUploadVideo', 'IllegalCharacters', 'The specified $Parameter contains illegal emoticon or special characters.', 400, { $Parameter: name });
    }
  }
  if (values.Title !== undefined && Buffer.byteLength(values.Title, 'utf8') > 128) throw invalidParameter('Title', 'It must be at most 128 bytes.');
  if (values.Description !== undefined && Buffer.byteLength(values.Description, 'utf8') > 1024) throw invalidParameter('Description', 'It must be at most 1024 bytes.');
  if (values.Tags !== undefined) {
    const tags = values.Tags.split(',').map((tag) => tag.trim());
    if (tags.length > 16 || tags.some((tag) => tag.length > 32)) throw invalidParameter('Tags', 'At most 16 tags of at most 32 characters.');
  }
}

/** `bucket.oss-region.aliyuncs.com`; the account's default storage when absent. */
export function resolveStorage(context: ActionContext, given = context.str('StorageLocation')): string {
  if (given === undefined) return storageLocation(context);
  if (!/^[a-z0-9][a-z0-9-]{1,62}\.oss-[a-z0-9-]+\.aliyuncs\.com$/.test(given)) {
    throw new SandboxError('InvalidStorage.NotFound', 'The storage info dose not exist.', 404);
  }
  return given;
}

export function bucketOf(location: string): string {
  return location.split('.')[0] ?? location;
}

export function checkTemplateGroup(context: ActionContext, groupId: string | undefined): void {
  if (groupId !== undefined && !context.state.data.transcodeTemplateGroups[groupId]) {
    throw new SandboxError('InvalidTranscodeTemplateGroup.NotFound', 'The transcode template group does not exist.', 404);
  }
}

export function checkCategory(context: ActionContext, cateId: number | undefined): void {
  if (cateId !== undefined && !context.state.data.categories[String(cateId)]) throw new SandboxError('InvalidCateId.NotFound', 'The CateId not exist.', 404);
}

/** A UserData parameter: valid JSON object; returned as the string the caller sent. */
export function userDataParam(context: ActionContext): string | undefined {
  return context.userData();
}
