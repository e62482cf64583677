import { stat } from 'node:fs/promises';
import { decodeUploadAddress, decodeUploadAuth } from '../oss/upload-credentials.js';
import { TICKET_PATHS } from './ticket-endpoints.js';
import { uploadFile, type UploadFileResult } from './upload-file.js';

export interface TicketUploadOptions {
  readonly filePath: string;
  readonly ticket: string;
  readonly serverUrl: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (uploadedBytes: number, totalBytes: number) => void;
}

export class TicketUploadError extends Error {
  override readonly name = 'TicketUploadError';
}

async function post(serverUrl: string, path: string, body: Record<string, string>, signal: AbortSignal | undefined): Promise<Record<string, unknown>> {
  const url = new URL(path, serverUrl.endsWith('/') ? serverUrl : `${serverUrl}/`);
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: signal ?? null });
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new TicketUploadError(`${String(answer.Code ?? `HTTP ${response.status}`)}: ${String(answer.Message ?? 'the server refused the request')}`);
  return answer;
}

/**
 * `vod-mcp upload FILE --ticket T --server URL`: redeems the ticket upload_media issued (once) for the upload
 * address and credentials of one media record, uploads the file from this machine, and refreshes the credentials
 * through the server when they expire.
 */
export async function uploadWithTicket(options: TicketUploadOptions): Promise<UploadFileResult & { MediaType: string; MediaId: string }> {
  const info = await stat(options.filePath).catch(() => undefined);
  if (!info?.isFile()) throw new TicketUploadError(`no such file: ${options.filePath}`);
  const grant = await post(options.serverUrl, TICKET_PATHS.redeem.slice(1), { Ticket: options.ticket }, options.signal);
  const session = String(grant.Session);
  const result = await uploadFile({
    path: options.filePath,
    size: info.size,
    target: decodeUploadAddress(String(grant.UploadAddress)),
    credentials: decodeUploadAuth(String(grant.UploadAuth)),
    refresh: async () => decodeUploadAuth(String((await post(options.serverUrl, TICKET_PATHS.refresh.slice(1), { Session: session }, options.signal)).UploadAuth)),
    signal: options.signal,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { MediaType: String(grant.MediaType), MediaId: String(grant.MediaId), ...result };
}
