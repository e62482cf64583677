import type { ActionHandler, SandboxEnv } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import type { VideoRecord } from '../../state/records.js';
import { auditSlice, videoNotFound, type ManualAuditRecord } from './audit-store.js';
import { blockVideo, unblockVideo } from './video-review.js';

const MAX_AUDIT_ITEMS = 20;
export const AUDITOR = 'auditor';

interface AuditItem {
  VideoId: string;
  Status: 'Normal' | 'Blocked';
  Reason?: string;
  Comment?: string;
}

export const createAudit: ActionHandler = (context) => {
  const raw = context.json<unknown>('AuditContent', { required: true });
  if (!Array.isArray(raw) || raw.length === 0) throw invalidParameter('AuditContent', 'It must be a non-empty JSON array.');
  if (raw.length > MAX_AUDIT_ITEMS) throw invalidParameter('AuditContent', `At most ${MAX_AUDIT_ITEMS} videos per request.`);
  const items = raw.map(parseItem);
  // Validate everything first so a bad entry changes nothing.
  const videos = items.map((item) => context.state.data.videos[item.VideoId] ?? throwNotFound());
  items.forEach((item, index) => applyReview(context, videos[index]!, item));
  return {};
};

function throwNotFound(): never {
  throw videoNotFound();
}

function parseItem(value: unknown): AuditItem {
  const item = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (typeof item.VideoId !== 'string' || !item.VideoId) throw invalidParameter('AuditContent', 'Each item needs a VideoId.');
  if (item.Status !== 'Normal' && item.Status !== 'Blocked') throw invalidParameter('AuditContent', 'Status must be Normal or Blocked.');
  const reason = optionalText(item.Reason, 'Reason', 128);
  const comment = optionalText(item.Comment, 'Comment', 512);
  return { VideoId: item.VideoId, Status: item.Status, Reason: reason, Comment: comment };
}

function optionalText(value: unknown, name: string, maxBytes: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || Buffer.byteLength(value, 'utf8') > maxBytes) throw invalidParameter('AuditContent', `${name} must be a string of at most ${maxBytes} bytes.`);
  return value;
}

/** Applies one review and records it in the video's history. */
export function applyReview(env: SandboxEnv, video: VideoRecord, item: AuditItem): void {
  if (item.Status === 'Blocked') blockVideo(env, video);
  else unblockVideo(env, video);
  const now = env.clock.nowIso();
  const record: ManualAuditRecord = {
    Seq: env.state.nextNumber('manualAudit', 1),
    CreationTime: now,
    Status: item.Status,
    Reason: item.Reason ?? '',
    Comment: item.Comment ?? '',
    Auditor: AUDITOR,
  };
  (auditSlice(env).history[video.VideoId] ??= []).push(record);
  env.events.emit({ EventType: 'CreateAuditComplete', EventTime: now, VideoId: video.VideoId, Status: item.Status, Reason: record.Reason, Comment: record.Comment });
}

export const getAuditHistory: ActionHandler = (context) => {
  const video = context.state.data.videos[context.required('VideoId')];
  if (!video) throw videoNotFound();
  const pageNo = context.int('PageNo', { min: 1, default: 1 }) ?? 1;
  const pageSize = context.int('PageSize', { min: 1, max: 100, default: 10 }) ?? 10;
  const ascending = context.oneOf('SortBy', ['CreationTime:Desc', 'CreationTime:Asc'] as const, 'CreationTime:Desc') === 'CreationTime:Asc';
  const history = [...(auditSlice(context).history[video.VideoId] ?? [])].sort((a, b) => (a.Seq - b.Seq) * (ascending ? 1 : -1));
  const page = history.slice((pageNo - 1) * pageSize, pageNo * pageSize);
  return {
    Status: video.AuditStatus ?? history.at(-1)?.Status ?? 'Normal',
    Total: history.length,
    Histories: page.map(({ CreationTime, Status, Reason, Comment, Auditor }) => ({ CreationTime, Status, Reason, Comment, Auditor })),
  };
};
