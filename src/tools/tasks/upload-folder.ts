import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { VodApiError } from '../../client/errors.js';
import { OssError } from '../../client/oss/oss-error.js';
import type { TaskHost, ToolContext } from '../define-tool.js';
import { globToRegExp } from './glob.js';
import { OutsideRootsError, resolveLocalFile, type LocalFile } from './local-file.js';
import { uploadKindFor } from './media-kinds.js';
import { TaskError } from './task-error.js';
import { DEFAULT_MAX_FILES, type UploadItem, type UploadMediaArgs, type UploadMediaResult } from './upload-media-schema.js';
import { localUpload, mib, type Kind } from './upload-single.js';

/** How many left-out names a result lists. */
const MAX_LEFT_OUT_NAMES = 20;

interface Candidate {
  readonly name: string;
  readonly file: LocalFile;
  readonly kind: Kind;
}

/** Every name under `dir` (sub-folders only when recursive; symlinked folders are never followed) matching `pattern`, sorted. */
async function matchingNames(dir: string, pattern: RegExp, recursive: boolean): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string) => {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (recursive) await walk(path);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && pattern.test(entry.name)) found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  await walk(dir);
  return found.sort();
}

const skipped = (name: string, code: string, message: string): UploadItem => ({ FileName: name, Status: 'Skipped', Code: code, Message: message });

/** Each match passes the same checks as a single file (roots, kind, not empty); the rest are reported as skipped. */
async function candidatesOf(dir: string, names: readonly string[], args: UploadMediaArgs, roots: readonly string[]): Promise<{ accepted: Candidate[]; skipped: UploadItem[] }> {
  const accepted: Candidate[] = [];
  const refused: UploadItem[] = [];
  for (const name of names) {
    const kind = uploadKindFor(name, args);
    if (kind.kind === undefined) {
      refused.push(skipped(name, 'UnsupportedFile', kind.why));
      continue;
    }
    try {
      const file = await resolveLocalFile(join(dir, name), roots);
      if (file.size === 0) refused.push(skipped(name, 'EmptyFile', 'the file is empty'));
      else accepted.push({ name, file, kind });
    } catch (error) {
      if (!(error instanceof TaskError)) throw error;
      refused.push(skipped(name, error instanceof OutsideRootsError ? 'OutsideRoots' : 'NotReadable', `${error.message}; not followed`));
    }
  }
  return { accepted, skipped: refused };
}

function failureOf(error: unknown): { Code: string; Message: string } {
  if (error instanceof VodApiError || error instanceof OssError) return { Code: error.code, Message: error.message };
  if (error instanceof TaskError) return { Code: 'Refused', Message: error.message };
  return { Code: 'UploadFailed', Message: error instanceof Error ? error.message : String(error) };
}

/**
 * Folder mode: the matching files of one folder, one after another, each with its own checkpoint (videos); a failure
 * is recorded in its item and the rest go on; a cancellation stops after the current file's upload is aborted.
 */
export async function uploadFolder(dir: string, shownPath: string, args: UploadMediaArgs, context: ToolContext, tasks: TaskHost): Promise<UploadMediaResult> {
  const pattern = globToRegExp(args.Pattern ?? '*');
  const names = await matchingNames(dir, pattern, args.Recursive ?? false);
  if (names.length === 0) throw new TaskError(`no file in ${shownPath} matches ${args.Pattern}${args.Recursive ? '' : ' (sub-folders are searched only with Recursive true)'}`);
  const { accepted, skipped: refused } = await candidatesOf(dir, names, args, await tasks.allowedRoots());
  const maxFiles = args.MaxFiles ?? DEFAULT_MAX_FILES;
  const chosen = accepted.slice(0, maxFiles);
  const leftOut = accepted.slice(maxFiles).map((candidate) => candidate.name);
  const totalBytes = chosen.reduce((sum, candidate) => sum + candidate.file.size, 0);
  let doneBytes = 0;
  let lastReported = -1;
  const items: UploadItem[] = [];
  for (const [index, candidate] of chosen.entries()) {
    context.signal?.throwIfAborted();
    const label = `file ${index + 1} of ${chosen.length} (${candidate.name})`;
    const onProgress = (done: number) => {
      // MCP wants each progress value larger than the last; a file's first report repeats where the previous one ended.
      if (doneBytes + done <= lastReported) return;
      lastReported = doneBytes + done;
      context.progress?.(lastReported, totalBytes, `${label}: uploaded ${mib(lastReported)} of ${mib(totalBytes)} MiB in all`);
    };
    let record: Partial<UploadItem> = {};
    try {
      const onRecord = (fields: Partial<UploadMediaResult>) => (record = { ...(fields.VideoId ? { VideoId: fields.VideoId } : {}), ...(fields.ImageId ? { ImageId: fields.ImageId } : {}), ...(fields.MediaId ? { MediaId: fields.MediaId } : {}) });
      const result = await localUpload({ ...args, Title: undefined }, candidate.kind, candidate.file, context, tasks, { onProgress, onRecord });
      items.push({
        FileName: candidate.name,
        MediaType: candidate.kind.kind,
        ...(result.VideoId ? { VideoId: result.VideoId } : {}),
        ...(result.ImageId ? { ImageId: result.ImageId } : {}),
        ...(result.MediaId ? { MediaId: result.MediaId } : {}),
        Status: 'Uploaded',
        Method: result.Method === 'multipart' ? 'multipart' : 'put',
        Bytes: result.Bytes,
        ...(result.ResumedParts ? { ResumedParts: result.ResumedParts } : {}),
      });
    } catch (error) {
      if (context.signal?.aborted) throw error;
      items.push({ FileName: candidate.name, MediaType: candidate.kind.kind, ...record, Status: 'Failed', ...failureOf(error) });
    }
    doneBytes += candidate.file.size;
  }
  const uploaded = items.filter((item) => item.Status === 'Uploaded').length;
  const failed = items.length - uploaded;
  return {
    FileName: shownPath,
    Status: failed === 0 && uploaded > 0 ? 'Uploaded' : uploaded > 0 ? 'PartlyUploaded' : 'NotUploaded',
    Method: 'folder',
    Bytes: items.reduce((sum, item) => sum + (item.Bytes ?? 0), 0),
    Items: [...items, ...refused],
    Matched: names.length,
    Uploaded: uploaded,
    Failed: failed,
    Skipped: refused.length,
    LeftOut: leftOut.length,
    ...(leftOut.length ? { LeftOutFiles: leftOut.slice(0, MAX_LEFT_OUT_NAMES) } : {}),
    NextStep: folderNextStep(uploaded, failed, leftOut, maxFiles),
  };
}

function folderNextStep(uploaded: number, failed: number, leftOut: readonly string[], maxFiles: number): string {
  const steps: string[] = [];
  if (uploaded) steps.push('Call wait_for_media with each uploaded item\'s ID to wait until it is Normal.');
  if (failed) {
    steps.push(
      'Failed items (see Code/Message): fix the cause, then upload each with upload_media FilePath. A video that failed in parts resumes into the same record from its checkpoint; ' +
        'a failed item with an ID and no checkpoint left that record in Uploading (delete it if you upload the file again).',
    );
  }
  if (leftOut.length) {
    steps.push(
      `${leftOut.length} matching files were left out (MaxFiles ${maxFiles}; see LeftOutFiles): upload them with a Pattern or FilePath that names only those. ` +
        'Do not repeat this call: it would upload the files above again as new records.',
    );
  }
  return steps.join(' ') || 'Nothing was uploaded: see the Items for why.';
}
