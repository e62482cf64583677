import { defineTaskTool, type TaskHost, type ToolContext } from '../define-tool.js';
import { resolveLocalDirectory, resolveLocalFile } from './local-file.js';
import { uploadKindFor, uploadKindOf } from './media-kinds.js';
import { TaskError } from './task-error.js';
import { uploadFolder } from './upload-folder.js';
import { uploadFromUrl } from './upload-from-url.js';
import { uploadMediaInput, uploadMediaOutput, type UploadMediaArgs, type UploadMediaResult } from './upload-media-schema.js';
import { baseName, localUpload, remoteUpload, type Kind } from './upload-single.js';

function host(context: ToolContext): TaskHost {
  if (!context.host) throw new TaskError('this server has no file access configured for uploads');
  return context.host;
}

/** The file's kind, refused before any API call when it is not supported, not allowed for BusinessType, or not transcodable. */
function kindOf(filePath: string, args: UploadMediaArgs): Kind {
  const kind = uploadKindFor(filePath, args);
  if (kind.kind === undefined) throw new TaskError(`${baseName(filePath)}: ${kind.why}`);
  return kind;
}

async function uploadPath(filePath: string, args: UploadMediaArgs, context: ToolContext): Promise<UploadMediaResult> {
  const tasks = host(context);
  if (tasks.files === 'remote') {
    if (args.Pattern !== undefined) {
      throw new TaskError('folder mode (Pattern) works only when the server runs on your machine: over HTTP it cannot list your folders. Name each file in its own upload_media call (FilePath)');
    }
    return remoteUpload(filePath, args, kindOf(filePath, args), context, tasks);
  }
  const roots = await tasks.allowedRoots();
  if (args.Pattern !== undefined) {
    const dir = await resolveLocalDirectory(filePath, roots);
    if (dir === undefined) throw new TaskError(`${filePath} is not a folder: Pattern selects files in a folder; leave it out to upload this one file`);
    return uploadFolder(dir, filePath, args, context, tasks);
  }
  const kind = uploadKindOf(filePath, args.BusinessType);
  if (kind.kind === undefined && (await resolveLocalDirectory(filePath, roots).catch(() => undefined)) !== undefined) {
    throw new TaskError(`${filePath} is a folder, not a supported media file: give Pattern (e.g. *.mp4) to upload the files in it`);
  }
  const checked = kindOf(filePath, args);
  const file = await resolveLocalFile(filePath, roots);
  if (file.size === 0) throw new TaskError(`${filePath} is empty`);
  return localUpload(args, checked, file, context, tasks);
}

export const uploadMedia = defineTaskTool({
  name: 'upload_media',
  title: 'Upload a local file',
  toolset: 'tasks',
  tier: 'write',
  tierReason: 'Creates media records and uploads files to them; nothing existing changes.',
  description:
    'Upload a local audio/video, image or attached-media file (subtitle; watermark/material with BusinessType): creates the record, uploads it (one PUT when small, parallel multipart when large; ' +
    'an interrupted video resumes, images and attached media cannot), with progress. Reads only files under the allowed roots (--upload-roots, plus the client\'s roots). ' +
    'A folder with Pattern: its matching files one by one. SourceURL: VOD pulls a public URL instead. ' +
    'Over HTTP: a single-use ticket and the command to run where the file is. Then use wait_for_media.',
  input: uploadMediaInput,
  output: uploadMediaOutput,
  handler: async (args, context) => {
    if (args.SourceURL !== undefined) return uploadFromUrl(args.SourceURL, args, context);
    if (args.FilePath === undefined) throw new TaskError('give FilePath or SourceURL');
    return uploadPath(args.FilePath, args, context);
  },
});
