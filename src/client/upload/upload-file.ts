import { OssError } from '../oss/oss-error.js';
import { OssClient, type UploadedPart } from '../oss/oss-client.js';
import type { UploadCredentials, UploadTarget } from '../oss/upload-credentials.js';
import type { UploadCheckpoints, UploadCheckpoint } from './checkpoints.js';

export interface UploadFileOptions {
  readonly path: string;
  readonly size: number;
  readonly target: UploadTarget;
  readonly credentials: UploadCredentials;
  /** New credentials for the same object (RefreshUploadVideo), when OSS says they expired. */
  readonly refresh?: () => Promise<UploadCredentials>;
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: (uploadedBytes: number, totalBytes: number) => void;
  /** Files up to this size go in one PutObject (default 8 MiB). */
  readonly multipartThreshold?: number;
  /** Part size (default 5 MiB; grown so a file needs at most 10,000 parts). */
  readonly partSize?: number;
  /** Parts in flight at once (default 4): memory stays bounded, the file is streamed. */
  readonly concurrency?: number;
  /** Where a multipart upload records its parts, so a later call resumes it. */
  readonly checkpoint?: { readonly store: UploadCheckpoints; readonly key: string; readonly state: Omit<UploadCheckpoint, 'UploadId' | 'PartSize'> };
  readonly resumeUploadId?: string | undefined;
}

export interface UploadFileResult {
  readonly method: 'put' | 'multipart';
  readonly parts: number;
  readonly resumedParts: number;
  readonly bytes: number;
}

const MiB = 1024 * 1024;
const MAX_PARTS = 10_000;
const ATTEMPTS = 3;

export function partSizeFor(size: number, preferred = 5 * MiB): number {
  const least = Math.ceil(size / MAX_PARTS);
  return Math.max(preferred, Math.ceil(least / MiB) * MiB);
}

/** Uploads a local file to its OSS object: one PUT when small, else parallel multipart that resumes from a checkpoint. */
export async function uploadFile(options: UploadFileOptions): Promise<UploadFileResult> {
  const client = new OssClient(options.target, options.credentials);
  try {
    if (options.size <= (options.multipartThreshold ?? 8 * MiB) && !options.resumeUploadId) {
      await withRetries(client, options, () => client.putObject({ path: options.path, start: 0, length: options.size }, options.signal));
      options.onProgress?.(options.size, options.size);
      return { method: 'put', parts: 1, resumedParts: 0, bytes: options.size };
    }
    return await multipart(client, options);
  } finally {
    await client.close();
  }
}

async function multipart(client: OssClient, options: UploadFileOptions): Promise<UploadFileResult> {
  const partSize = partSizeFor(options.size, options.partSize);
  let uploadId = options.resumeUploadId;
  let done: UploadedPart[] = [];
  if (uploadId) {
    const known = uploadId;
    done = (await withRetries(client, options, () => client.listParts(known, options.signal))).filter((part) => part.Size === expectedSize(part.PartNumber, partSize, options.size));
  } else {
    uploadId = await withRetries(client, options, () => client.initiateMultipartUpload(options.signal));
  }
  const id = uploadId;
  const save = () => options.checkpoint?.store.save(options.checkpoint.key, { ...options.checkpoint.state, UploadId: id, PartSize: partSize });
  await save();
  const count = Math.ceil(options.size / partSize);
  const have = new Set(done.map((part) => part.PartNumber));
  const resumedParts = have.size;
  const pending = Array.from({ length: count }, (_, index) => index + 1).filter((number) => !have.has(number));
  let uploaded = done.reduce((sum, part) => sum + part.Size, 0);
  options.onProgress?.(uploaded, options.size);
  try {
    await runPool(pending, options.concurrency ?? 4, async (number) => {
      options.signal?.throwIfAborted();
      const start = (number - 1) * partSize;
      const range = { path: options.path, start, length: Math.min(partSize, options.size - start) };
      const part = await withRetries(client, options, () => client.uploadPart(id, number, range, options.signal));
      done.push(part);
      uploaded += part.Size;
      options.onProgress?.(uploaded, options.size);
    });
    await withRetries(client, options, () => client.completeMultipartUpload(id, done, options.signal));
  } catch (error) {
    // Cancelled on purpose: nothing is left behind. Any other failure keeps the parts for a resume.
    if (options.signal?.aborted) {
      await client.abortMultipartUpload(id).catch(() => undefined);
      await options.checkpoint?.store.remove(options.checkpoint.key);
    }
    throw error;
  }
  await options.checkpoint?.store.remove(options.checkpoint.key);
  return { method: 'multipart', parts: count, resumedParts, bytes: options.size };
}

function expectedSize(partNumber: number, partSize: number, size: number): number {
  return Math.min(partSize, size - (partNumber - 1) * partSize);
}

async function runPool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed: unknown;
  const worker = async () => {
    while (next < items.length && failed === undefined) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failed ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  if (failed !== undefined) throw failed instanceof Error ? failed : new Error(String(failed));
}

async function withRetries<T>(client: OssClient, options: UploadFileOptions, attempt: () => Promise<T>): Promise<T> {
  for (let round = 1; ; round++) {
    try {
      return await attempt();
    } catch (error) {
      if (options.signal?.aborted || round >= ATTEMPTS || !isRetryable(error)) throw error;
      if (error instanceof OssError && error.credentialsExpired) {
        if (!options.refresh) throw error;
        client.setCredentials(await options.refresh());
      } else await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** round));
    }
  }
}

function isRetryable(error: unknown): boolean {
  if (error instanceof OssError) return error.retryable || error.credentialsExpired;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|UND_ERR_SOCKET|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT)$/.test(code);
}
