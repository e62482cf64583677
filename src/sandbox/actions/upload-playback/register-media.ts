import type { ActionContext, ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { completeUpload, createVideo, defaultTemplateGroupId, NO_TRANSCODE_GROUP_ID } from '../../state/media-lifecycle.js';
import { checkCategory, checkMediaText, checkTemplateGroup, extensionOf, MEDIA_EXTENSIONS, userDataParam } from './upload-rules.js';

interface RegisterMetadata {
  FileURL?: unknown;
  Title?: unknown;
  Description?: unknown;
  Tags?: unknown;
  CoverURL?: unknown;
  CateId?: unknown;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The VOD storage a file URL lives in: an OSS host `bucket.oss-region.aliyuncs.com`, or this sandbox's path-style `/{bucket}/...`. */
function storageOf(context: ActionContext, fileUrl: string): string | undefined {
  if (!URL.canParse(fileUrl)) return undefined;
  const url = new URL(fileUrl);
  if (/^[a-z0-9][a-z0-9-]{1,62}\.oss-[a-z0-9-]+\.aliyuncs\.com$/.test(url.hostname)) return url.hostname;
  const base = new URL(context.baseUrl);
  const bucket = /^\/([a-z0-9][a-z0-9-]{1,62})\/./.exec(url.pathname)?.[1];
  if (url.host === base.host && bucket) return `${bucket}.oss-${context.region}.aliyuncs.com`;
  return undefined;
}

function readMetadatas(context: ActionContext): RegisterMetadata[] {
  const value = context.json<unknown>('RegisterMetadatas', { required: true });
  if (!Array.isArray(value) || value.length === 0) throw invalidParameter('RegisterMetadatas', 'It must be a non-empty JSON array.');
  if (value.length > 10) throw invalidParameter('RegisterMetadatas', 'At most 10 items.');
  return value.map((item: unknown) => {
    if (item === null || typeof item !== 'object') throw invalidParameter('RegisterMetadatas', 'Each item must be an object.');
    const metadata = item as RegisterMetadata;
    const fileUrl = text(metadata.FileURL);
    if (!fileUrl || !text(metadata.Title)) throw invalidParameter('RegisterMetadatas', 'FileURL and Title are required.');
    if (Buffer.byteLength(fileUrl, 'utf8') > 1024) throw invalidParameter('RegisterMetadatas', 'FileURL is at most 1024 bytes.');
    return metadata;
  });
}

/**
 * Registers files already in VOD storage. Repeats return the existing media ID. Without a template group or workflow
 * nothing is transcoded (spec 5.11), so the media becomes Normal after analysis.
 */
export const registerMedia: ActionHandler = (context) => {
  const metadatas = readMetadatas(context);
  const templateGroupId = context.str('TemplateGroupId');
  checkTemplateGroup(context, templateGroupId);
  const workflowId = context.str('WorkflowId');
  const userData = userDataParam(context);
  const registered: { MediaId: string; FileURL: string; NewRegister: boolean }[] = [];
  const failed: string[] = [];
  let batchStorage: string | undefined;
  for (const metadata of metadatas) {
    const fileUrl = text(metadata.FileURL) ?? '';
    const storage = storageOf(context, fileUrl);
    const extension = extensionOf(URL.canParse(fileUrl) ? decodeURIComponent(new URL(fileUrl).pathname) : fileUrl);
    batchStorage ??= storage;
    if (!storage || storage !== batchStorage || !extension || !MEDIA_EXTENSIONS.has(extension)) {
      failed.push(fileUrl);
      continue;
    }
    const existing = Object.values(context.state.data.videos).find((video) => video.FileURL === fileUrl);
    if (existing) {
      registered.push({ MediaId: existing.VideoId, FileURL: fileUrl, NewRegister: false });
      continue;
    }
    const title = text(metadata.Title) ?? fileUrl;
    checkMediaText({ Title: title, Description: text(metadata.Description), Tags: text(metadata.Tags) });
    const cateId = metadata.CateId === undefined ? undefined : Number(metadata.CateId);
    if (cateId !== undefined && !Number.isInteger(cateId)) throw invalidParameter('RegisterMetadatas', 'CateId must be an integer.');
    checkCategory(context, cateId);
    const video = createVideo(context, {
      Title: title,
      FileName: decodeURIComponent(new URL(fileUrl).pathname).split('/').pop() ?? fileUrl,
      Description: text(metadata.Description),
      Tags: text(metadata.Tags),
      CateId: cateId,
      CoverURL: text(metadata.CoverURL),
      TemplateGroupId: templateGroupId ?? (workflowId ? defaultTemplateGroupId(context) : NO_TRANSCODE_GROUP_ID),
      WorkflowId: workflowId,
      UserData: userData,
      StorageLocation: storage,
      UploadSource: 'RegisterMedia',
    });
    video.FileURL = fileUrl;
    completeUpload(context, video);
    registered.push({ MediaId: video.VideoId, FileURL: fileUrl, NewRegister: true });
  }
  return { RegisteredMediaList: registered, FailedFileURLs: failed };
};
