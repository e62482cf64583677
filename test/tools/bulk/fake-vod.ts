import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { VodApiError, type ApiParams, type ApiResponse, type CallOptions, type VodApi } from '../../../src/client/index.js';
import { planBulkMedia } from '../../../src/tools/bulk/plan-bulk-media.js';
import { runBulkMedia } from '../../../src/tools/bulk/run-bulk-media.js';
import type { TaskHost, ToolContext } from '../../../src/tools/define-tool.js';

// A fake VOD API for the bulk tools: videos in a map, the calls recorded, hooks to fail or lose answers.

export interface FakeVideo {
  VideoId: string;
  Title: string;
  CateId?: number;
  Tags?: string;
}

export interface FakeVod {
  stateDir: string;
  videos: Map<string, FakeVideo>;
  calls: { action: string; params: ApiParams }[];
  /** An error for the write call of these IDs (UpdateVideoInfos, DeleteVideo, RefreshMediaPlayUrls, SubmitTranscodeJobs). */
  fail: ((action: string, ids: string[]) => VodApiError | undefined) | undefined;
  /** The answer to the next write call of this action is lost after the change is made (the client then retries if it may). */
  loseAnswerOf: string | undefined;
  /** Called at the start of every call, e.g. to block one. */
  beforeCall: ((action: string) => Promise<void>) | undefined;
  api: VodApi;
  context(extra?: Partial<ToolContext>): ToolContext;
  seed(count: number, video?: (n: number) => Partial<FakeVideo>): void;
  plan(args: Record<string, unknown>, ctx?: ToolContext): Promise<Record<string, unknown> & { JobId: string }>;
  run(args: Record<string, unknown>, ctx?: ToolContext): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

const lost = (action: string) => new VodApiError({ code: 'NetworkError', message: 'Network failure calling it: ECONNRESET', action, transient: true });

export async function createFakeVod(): Promise<FakeVod> {
  const sessions = new Set<string>();
  let transcodes = 0;
  let refreshes = 0;
  const fake: FakeVod = {
    stateDir: await mkdtemp(join(tmpdir(), 'bulk-unit-')),
    videos: new Map(),
    calls: [],
    fail: undefined,
    loseAnswerOf: undefined,
    beforeCall: undefined,
    api: {
      async call(action: string, params: ApiParams, options: CallOptions): Promise<ApiResponse> {
        await fake.beforeCall?.(action);
        const answer = answerOf(action, params);
        if (fake.loseAnswerOf === action) {
          fake.loseAnswerOf = undefined;
          // As VodClient does: an idempotent call is retried after a lost answer, a non-idempotent one is not.
          if (!options.idempotent) throw lost(action).with({ outcomeUnknown: true });
          options.onRetry?.({ code: 'NetworkError', answerLost: true });
          return answerOf(action, params);
        }
        return answer;
      },
    },
    context: (extra = {}) => ({ api: fake.api, host: host(), ...extra }),
    seed(count, video = () => ({})) {
      for (let n = 0; n < count; n++) {
        const id = `v${String(n).padStart(5, '0')}`;
        fake.videos.set(id, { VideoId: id, Title: `Video ${n}`, CateId: 1, Tags: 'a', ...video(n) });
      }
    },
    plan: async (args, ctx = fake.context()) => (await planBulkMedia.run(planBulkMedia.input.parse(args), ctx)) as Record<string, unknown> & { JobId: string },
    run: async (args, ctx = fake.context()) => (await runBulkMedia.run(runBulkMedia.input.parse(args), ctx)) as Record<string, unknown>,
    close: () => rm(fake.stateDir, { recursive: true, force: true }),
  };
  const host = (): TaskHost => ({ files: 'local', allowedRoots: async () => [], stateDir: fake.stateDir, maxWaitMs: 1000 });

  function answerOf(action: string, params: ApiParams): ApiResponse {
    fake.calls.push({ action, params });
    const { videos } = fake;
    const all = [...videos.values()];
    const ids = String(params.VideoIds ?? params.MediaIds ?? params.VideoId ?? '').split(',').filter(Boolean);
    const failure = ['UpdateVideoInfos', 'DeleteVideo', 'RefreshMediaPlayUrls', 'SubmitTranscodeJobs'].includes(action) ? fake.fail?.(action, action === 'UpdateVideoInfos' ? updateIds(params) : ids) : undefined;
    if (failure) throw failure;
    switch (action) {
      case 'SearchMedia': {
        const page = Number(params.PageNo);
        const size = Number(params.PageSize);
        if (page * size > 5000 && !params.ScrollToken) throw new VodApiError({ code: 'InvalidParameter', message: 'window', action });
        const list = all.slice((page - 1) * size, page * size).map((video) => ({ MediaId: video.VideoId, MediaType: 'video', Video: { ...video } }));
        return { RequestId: 'r', Total: all.length, MediaList: list, ScrollToken: `token-${page}` };
      }
      case 'GetVideoInfos': {
        expect(ids.length).toBeLessThanOrEqual(20);
        const found = ids.flatMap((id) => (videos.has(id) ? [{ ...videos.get(id)! }] : []));
        if (!found.length) throw new VodApiError({ code: 'InvalidVideo.NotFound', message: 'none', action });
        return { RequestId: 'r', VideoList: found, NonExistVideoIds: ids.filter((id) => !videos.has(id)) };
      }
      case 'UpdateVideoInfos': {
        const content = JSON.parse(String(params.UpdateContent)) as { VideoId: string; CateId?: number; Tags?: string; Title?: string }[];
        expect(content.length).toBeLessThanOrEqual(20);
        for (const item of content) {
          const video = videos.get(item.VideoId);
          if (!video) continue;
          if (item.CateId !== undefined) video.CateId = item.CateId;
          if (item.Tags !== undefined) video.Tags = item.Tags;
          if (item.Title !== undefined) {
            expect(Buffer.byteLength(item.Title, 'utf8')).toBeLessThanOrEqual(128);
            video.Title = item.Title;
          }
        }
        return { RequestId: 'r', NonExistVideoIds: content.filter((item) => !videos.has(item.VideoId)).map((item) => item.VideoId) };
      }
      case 'DeleteVideo': {
        expect(ids.length).toBeLessThanOrEqual(20);
        const missing = ids.filter((id) => !videos.has(id));
        if (missing.length === ids.length) throw new VodApiError({ code: 'InvalidVideo.NotFound', message: 'The video does not exist.', action, httpStatus: 404 });
        for (const id of ids) videos.delete(id);
        return { RequestId: 'r', NonExistVideoIds: missing };
      }
      case 'RefreshMediaPlayUrls': {
        expect(ids.length).toBeLessThanOrEqual(20);
        expect(params.TaskType).toBe('Refresh');
        return { RequestId: 'r', MediaRefreshJobId: `refresh-${++refreshes}`, NonExistMediaIds: ids.filter((id) => !videos.has(id)).join(','), ForbiddenMediaIds: '' };
      }
      case 'SubmitTranscodeJobs': {
        const id = String(params.VideoId);
        if (!videos.has(id)) throw new VodApiError({ code: 'InvalidVideo.NotFound', message: 'The video does not exist.', action, httpStatus: 404 });
        const session = String(params.SessionId);
        expect(session).toMatch(/^[A-Za-z0-9_-]{1,50}$/);
        if (sessions.has(session)) throw new VodApiError({ code: 'InvalidParameter', message: 'The specified parameter "SessionId" is not valid. A request with this SessionId was already sent; it was not repeated.', action, httpStatus: 400 });
        sessions.add(session);
        return { RequestId: 'r', TranscodeTaskId: `task-${++transcodes}-${id}`, TranscodeJobs: [{ JobId: `job-${transcodes}` }] };
      }
    }
    throw new Error(`unexpected ${action}`);
  }
  return fake;
}

function updateIds(params: ApiParams): string[] {
  return (JSON.parse(String(params.UpdateContent)) as { VideoId: string }[]).map((item) => item.VideoId);
}
