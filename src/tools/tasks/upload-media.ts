import { z } from 'zod';
import type { ApiResponse } from '../../client/index.js';
import { OssError } from '../../client/oss/oss-error.js';
import { decodeUploadAddress, decodeUploadAuth } from '../../client/oss/upload-credentials.js';
import { UploadCheckpoints, type UploadCheckpoint } from '../../client/upload/checkpoints.js';
import { uploadFile } from '../../client/upload/upload-file.js';
import { defineTaskTool, type TaskHost, type ToolContext } from '../define-tool.js';
import { createUploadImage } from '../upload/create-upload-image.js';
import { createUploadVideo } from '../upload/create-upload-video.js';
import { appId, cateId, description, storageLocation, tags, templateGroupId, title, userData, workflowId } from '../spec-shapes.js';
import { resolveLocalFile, type LocalFile } from './local-file.js';
import { uploadKindOf, type UploadKind } from './media-kinds.js';
import { TaskError } from './task-error.js';

const input = z.strictObject({
  FilePath: z
    .string()
    .min(1)
    .max(4096)
    .describe('The file to upload: absolute, or relative to the first allowed root. Audio/video (mp4, mov, mp3...) or image (png, jpg, jpeg, gif).'),
  Title: title('Title (default: the file name without extension).').optional(),
  Description: description().optional(),
  Tags: tags().optional(),
  CateId: cateId().optional(),
  TemplateGroupId: templateGroupId('Transcode template group for a video (default: the app\'s default group).').optional(),
  WorkflowId: workflowId().optional(),
  StorageLocation: storageLocation().optional(),
  UserData: userData({ upload: true }).optional(),
  AppId: appId().optional(),
});

const output = z.object({
  MediaType: z.enum(['video', 'image']),
  VideoId: z.string().optional(),
  ImageId: z.string().optional(),
  FileName: z.string(),
  Status: z.enum(['Uploaded', 'AwaitingUpload']).describe('AwaitingUpload: the server cannot read your files; run Command on the machine that has the file.'),
  Method: z.enum(['put', 'multipart', 'ticket']),
  Bytes: z.number().int().optional(),
  Parts: z.number().int().optional(),
  ResumedParts: z.number().int().optional().describe('Parts an earlier, interrupted call had uploaded already.'),
  ImageURL: z.string().optional(),
  Ticket: z.string().optional().describe('Single use; redeemed by Command.'),
  ExpiresAt: z.string().optional(),
  Command: z.string().optional(),
  NextStep: z.string(),
});

type Args = z.output<typeof input>;
type Result = z.input<typeof output>;

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;
const defaultTitle = (fileName: string) => {
  const stem = fileName.replace(/\.[^.]+$/, '') || fileName;
  return Buffer.from(stem, 'utf8').subarray(0, 128).toString('utf8').replace(/\uFFFD+$/, '');
};

async function createRecord(kind: UploadKind, extension: string, fileName: string, size: number | undefined, args: Args, context: ToolContext) {
  const { FilePath: _path, TemplateGroupId, WorkflowId, ...common } = args;
  const Title = args.Title ?? defaultTitle(fileName);
  if (kind === 'image') {
    const params = createUploadImage.toParams({ ...common, Title, ImageType: 'default', ImageExt: extension as 'png', OriginalFileName: fileName });
    const created = await context.api.call('CreateUploadImage', params, { idempotent: false, signal: context.signal });
    return { id: String(created.ImageId), created };
  }
  const params = createUploadVideo.toParams({ ...common, Title, FileName: fileName, FileSize: size, TemplateGroupId, WorkflowId });
  const created = await context.api.call('CreateUploadVideo', params, { idempotent: false, signal: context.signal });
  return { id: String(created.VideoId), created };
}

const idField = (kind: UploadKind, id: string) => (kind === 'video' ? { VideoId: id } : { ImageId: id });

function host(context: ToolContext): TaskHost {
  if (!context.host) throw new TaskError('this server has no file access configured for uploads');
  return context.host;
}

async function remoteUpload(args: Args, kind: UploadKind, extension: string, context: ToolContext, tasks: TaskHost): Promise<Result> {
  if (!tasks.uploadTickets) throw new TaskError('this server is reached over HTTP and cannot read your files, and it issues no upload tickets; upload with create_upload_video and an OSS client');
  const fileName = baseName(args.FilePath);
  const { id, created } = await createRecord(kind, extension, fileName, undefined, args, context);
  const issued = await tasks.uploadTickets.issue(
    { MediaType: kind, MediaId: id, FileName: fileName, UploadAddress: String(created.UploadAddress), UploadAuth: String(created.UploadAuth) },
    args.FilePath,
  );
  return {
    MediaType: kind,
    ...idField(kind, id),
    FileName: fileName,
    Status: 'AwaitingUpload',
    Method: 'ticket',
    ...issued,
    NextStep: `Ask the user to run the Command on the machine that has ${fileName} (the ticket works once, until ${issued.ExpiresAt}); then wait_for_media with ${kind === 'video' ? 'VideoId' : 'ImageId'} ${id}.`,
  };
}

async function resumeFrom(checkpoint: UploadCheckpoint, context: ToolContext): Promise<ApiResponse> {
  return context.api.call('RefreshUploadVideo', { VideoId: checkpoint.MediaId }, { idempotent: true, signal: context.signal });
}

async function localUpload(args: Args, kind: UploadKind, extension: string, file: LocalFile, context: ToolContext, tasks: TaskHost): Promise<Result> {
  const fileName = baseName(file.realPath);
  const checkpoints = new UploadCheckpoints(tasks.stateDir);
  const key = UploadCheckpoints.keyOf(file.realPath, file.size, file.mtimeMs);
  const earlier = kind === 'video' ? await checkpoints.load(key) : undefined;
  let id: string;
  let uploadAddress: string;
  let uploadAuth: string;
  let resumeUploadId: string | undefined;
  if (earlier) {
    const refreshed = await resumeFrom(earlier, context);
    id = earlier.MediaId;
    uploadAddress = String(refreshed.UploadAddress ?? earlier.UploadAddress);
    uploadAuth = String(refreshed.UploadAuth);
    resumeUploadId = earlier.UploadId;
  } else {
    const { id: created, created: response } = await createRecord(kind, extension, fileName, file.size, args, context);
    id = created;
    uploadAddress = String(response.UploadAddress);
    uploadAuth = String(response.UploadAuth);
  }
  const refresh = kind === 'video' ? async () => decodeUploadAuth(String((await resumeFrom({ MediaId: id } as UploadCheckpoint, context)).UploadAuth)) : undefined;
  const options = {
    path: file.realPath,
    size: file.size,
    target: decodeUploadAddress(uploadAddress),
    credentials: decodeUploadAuth(uploadAuth),
    refresh,
    signal: context.signal,
    onProgress: (done: number, total: number) => context.progress?.(done, total, `uploaded ${mib(done)} of ${mib(total)} MiB`),
    checkpoint: kind === 'video' ? { store: checkpoints, key, state: { MediaType: 'video' as const, MediaId: id, UploadAddress: uploadAddress, CreatedAt: new Date().toISOString() } } : undefined,
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
    MediaType: kind,
    ...idField(kind, id),
    FileName: fileName,
    Status: 'Uploaded',
    Method: result.method,
    Bytes: result.bytes,
    Parts: result.parts,
    ...(result.resumedParts ? { ResumedParts: result.resumedParts } : {}),
    NextStep:
      kind === 'video'
        ? `Call wait_for_media with VideoId ${id} to wait until it is transcoded and playable (Normal).`
        : `Call wait_for_media with ImageId ${id} to confirm it is Normal.`,
  };
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export const uploadMedia = defineTaskTool({
  name: 'upload_media',
  title: 'Upload a local file',
  toolset: 'tasks',
  tier: 'write',
  tierReason: 'Creates a media record and uploads a file to it; nothing existing changes.',
  description:
    'Upload a local audio/video or image file and get it playable: creates the media record, uploads the file to its OSS address (one PUT when small, parallel multipart when large, ' +
    'resuming an interrupted upload of the same file), with progress. Only files under the allowed roots (the server\'s --upload-roots, default its working directory, plus the client\'s roots) are read. ' +
    'Over HTTP the server cannot read your files: it answers with a single-use ticket and the command to run where the file is. Then use wait_for_media.',
  input,
  output,
  handler: async (args, context) => {
    const tasks = host(context);
    const kind = uploadKindOf(args.FilePath);
    if (kind.kind === undefined) throw new TaskError(`${baseName(args.FilePath)}: not a supported media file (supported extensions: ${kind.supported})`);
    if (tasks.files === 'remote') return remoteUpload(args, kind.kind, kind.extension, context, tasks);
    const file = await resolveLocalFile(args.FilePath, await tasks.allowedRoots());
    if (file.size === 0) throw new TaskError(`${args.FilePath} is empty`);
    return localUpload(args, kind.kind, kind.extension, file, context, tasks);
  },
});
