import type { ApiResponse } from '../../client/index.js';
import { OssError } from '../../client/oss/oss-error.js';
import { decodeUploadAddress, decodeUploadAuth } from '../../client/oss/upload-credentials.js';
import { UploadCheckpoints } from '../../client/upload/checkpoints.js';
import { uploadFile } from '../../client/upload/upload-file.js';
import type { TaskHost, ToolContext } from '../define-tool.js';
import { createUploadAttachedMedia } from '../upload/create-upload-attached-media.js';
import { createUploadImage } from '../upload/create-upload-image.js';
import { createUploadVideo } from '../upload/create-upload-video.js';
import type { LocalFile } from './local-file.js';
import type { KindOf } from './media-kinds.js';
import { TaskError } from './task-error.js';
import type { UploadMediaArgs, UploadMediaResult } from './upload-media-schema.js';

/** A file's upload kind once it is known to be supported. */
export type Kind = Exclude<KindOf, { kind: undefined }>;

export const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;
export const defaultTitle = (fileName: string) => {
  const stem = fileName.replace(/\.[^.]+$/, '') || fileName;
  return Buffer.from(stem, 'utf8').subarray(0, 128).toString('utf8').replace(/\uFFFD+$/, '');
};
export const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

interface Created {
  readonly id: string;
  readonly created: ApiResponse;
}

async function createRecord(kind: Kind, fileName: string, size: number | undefined, args: UploadMediaArgs, context: ToolContext): Promise<Created> {
  const { Title: title, Description, Tags, CateId, TemplateGroupId, WorkflowId, StorageLocation, UserData, AppId } = args;
  const Title = title ?? defaultTitle(fileName);
  const call = async (action: string, params: Record<string, string>) => context.api.call(action, params, { idempotent: false, signal: context.signal });
  if (kind.kind === 'attached') {
    const params = createUploadAttachedMedia.toParams({
      BusinessType: kind.businessType,
      MediaExt: kind.extension as 'png',
      FileName: fileName,
      FileSize: size,
      Title, Description, Tags, StorageLocation, UserData, AppId,
      CateIds: CateId === undefined ? undefined : [String(CateId)],
    });
    const created = await call('CreateUploadAttachedMedia', params);
    return { id: String(created.MediaId), created };
  }
  const common = { Title, Description, Tags, CateId, StorageLocation, UserData, AppId };
  if (kind.kind === 'image') {
    const created = await call('CreateUploadImage', createUploadImage.toParams({ ...common, ImageType: 'default', ImageExt: kind.extension as 'png', OriginalFileName: fileName }));
    return { id: String(created.ImageId), created };
  }
  const created = await call('CreateUploadVideo', createUploadVideo.toParams({ ...common, FileName: fileName, FileSize: size, TemplateGroupId, WorkflowId }));
  return { id: String(created.VideoId), created };
}

/** The result fields naming the media, by kind. */
export function mediaFields(kind: Kind, id: string, created?: ApiResponse): Partial<UploadMediaResult> {
  if (kind.kind === 'video') return { MediaType: 'video', VideoId: id };
  if (kind.kind === 'image') return { MediaType: 'image', ImageId: id, ...(created?.ImageURL ? { ImageURL: String(created.ImageURL) } : {}) };
  return {
    MediaType: 'attached',
    MediaId: id,
    ...(created?.MediaURL ? { MediaURL: String(created.MediaURL) } : {}),
    ...(created?.FileURL ? { FileURL: String(created.FileURL) } : {}),
  };
}

const idName = (kind: Kind) => (kind.kind === 'video' ? 'VideoId' : kind.kind === 'image' ? 'ImageId' : 'MediaId');

export function remoteUploadOf(tasks: TaskHost): NonNullable<TaskHost['uploadTickets']> {
  if (!tasks.uploadTickets) throw new TaskError('this server is reached over HTTP and cannot read your files, and it issues no upload tickets; upload with create_upload_video and an OSS client');
  return tasks.uploadTickets;
}

/** Over HTTP: the record, and a ticket the user's machine redeems for its upload address (no file is read here). */
export async function remoteUpload(filePath: string, args: UploadMediaArgs, kind: Kind, context: ToolContext, tasks: TaskHost): Promise<UploadMediaResult> {
  const tickets = remoteUploadOf(tasks);
  const fileName = baseName(filePath);
  const { id, created } = await createRecord(kind, fileName, undefined, args, context);
  const issued = await tickets.issue({ MediaType: kind.kind, MediaId: id, FileName: fileName, UploadAddress: String(created.UploadAddress), UploadAuth: String(created.UploadAuth) }, filePath);
  // Only videos have RefreshUploadVideo: an image or attached upload must finish on the credentials the ticket carries.
  const noRefresh = kind.kind === 'video' ? '' : ' Its upload credentials cannot be refreshed (about 50 minutes): if they expire, ask for a new ticket.';
  return {
    ...mediaFields(kind, id, created),
    FileName: fileName,
    Status: 'AwaitingUpload',
    Method: 'ticket',
    ...issued,
    NextStep: `Ask the user to run the Command on the machine that has ${fileName} (the ticket works once, until ${issued.ExpiresAt}); then wait_for_media with ${idName(kind)} ${id}.${noRefresh}`,
  };
}

async function refreshVideo(videoId: string, context: ToolContext): Promise<ApiResponse> {
  return context.api.call('RefreshUploadVideo', { VideoId: videoId }, { idempotent: true, signal: context.signal });
}

/**
 * Uploads one local file: a new record, or, for a video whose earlier upload was interrupted, the same record from its
 * checkpoint (images and attached media have no RefreshUploadVideo, so no checkpoint and no resume).
 */
export interface LocalUploadHooks {
  readonly onProgress?: (done: number, total: number) => void;
  /** The record exists (new or resumed): a later failure leaves it behind. */
  readonly onRecord?: (fields: Partial<UploadMediaResult>) => void;
}

export async function localUpload(args: UploadMediaArgs, kind: Kind, file: LocalFile, context: ToolContext, tasks: TaskHost, hooks: LocalUploadHooks = {}): Promise<UploadMediaResult> {
  const fileName = baseName(file.realPath);
  const video = kind.kind === 'video';
  const checkpoints = new UploadCheckpoints(tasks.stateDir);
  const key = UploadCheckpoints.keyOf(file.realPath, file.size, file.mtimeMs);
  const earlier = video ? await checkpoints.load(key) : undefined;
  let id: string;
  let uploadAddress: string;
  let uploadAuth: string;
  let created: ApiResponse | undefined;
  let resumeUploadId: string | undefined;
  if (earlier) {
    const refreshed = await refreshVideo(earlier.MediaId, context);
    id = earlier.MediaId;
    uploadAddress = String(refreshed.UploadAddress ?? earlier.UploadAddress);
    uploadAuth = String(refreshed.UploadAuth);
    resumeUploadId = earlier.UploadId;
  } else {
    ({ id, created } = await createRecord(kind, fileName, file.size, args, context));
    uploadAddress = String(created.UploadAddress);
    uploadAuth = String(created.UploadAuth);
  }
  hooks.onRecord?.(mediaFields(kind, id, created));
  const options = {
    path: file.realPath,
    size: file.size,
    target: decodeUploadAddress(uploadAddress),
    credentials: decodeUploadAuth(uploadAuth),
    refresh: video ? async () => decodeUploadAuth(String((await refreshVideo(id, context)).UploadAuth)) : undefined,
    signal: context.signal,
    onProgress: hooks.onProgress ?? ((done: number, total: number) => context.progress?.(done, total, `uploaded ${mib(done)} of ${mib(total)} MiB`)),
    checkpoint: video ? { store: checkpoints, key, state: { MediaType: 'video' as const, MediaId: id, UploadAddress: uploadAddress, CreatedAt: new Date().toISOString() } } : undefined,
  };
  let result;
  try {
    result = await uploadFile({ ...options, resumeUploadId });
  } catch (error) {
    if (!(resumeUploadId && error instanceof OssError && error.code === 'NoSuchUpload')) throw error;
    // The earlier multipart upload is gone (completed, aborted or expired): start this object's upload again.
    await checkpoints.remove(key);
    result = await uploadFile(options);
  }
  return {
    ...mediaFields(kind, id, created),
    FileName: fileName,
    Status: 'Uploaded',
    Method: result.method,
    Bytes: result.bytes,
    Parts: result.parts,
    ...(result.resumedParts ? { ResumedParts: result.resumedParts } : {}),
    NextStep:
      kind.kind === 'video'
        ? `Call wait_for_media with VideoId ${id} to wait until it is transcoded and playable (Normal).`
        : `Call wait_for_media with ${idName(kind)} ${id} to confirm it is Normal.`,
  };
}
