import { z } from 'zod';
import { listOf, str, type ApiParams, type VodApi } from '../../client/index.js';
import { defineTaskTool, type ToolContext } from '../define-tool.js';
import { capped, flaggedFrames, labelCounts, otherFindings, reasonsOf, urlsByTimestamp, type FlaggedFrame } from './audit-verdict.js';
import { isRunningStatus, num, record } from './job-view.js';

const MAX_REASONS = 10;
const MAX_AUDIO_SEGMENTS = 10;
const MAX_HISTORIES = 5;
/** GetMediaAuditResultDetail pages read at most (the API pages by 20), for the frames' screenshot URLs. */
const MAX_DETAIL_PAGES = 5;
/** Running AI jobs of the video looked at for an audit in progress. */
const MAX_JOBS_CHECKED = 5;

const input = z.strictObject({
  VideoId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be a video ID').describe('Video ID.'),
  MaxFrames: z.number().int().min(1).max(50).optional().describe('Flagged frames listed, earliest first (default 10).'),
});

const finding = z.object({ Scene: z.string(), Label: z.string(), Score: z.number().optional() });
const output = z.object({
  VideoId: z.string(),
  ReviewStatus: z.enum(['Audited', 'Running', 'NotAudited']).describe('Audited: an AI audit result exists. Running: an audit job is in progress. NotAudited: none yet.'),
  JobId: z.string().optional().describe('The running audit job.'),
  Suggestion: z.string().optional().describe('The AI audit: pass, review or block.'),
  Label: z.string().optional(),
  AbnormalModules: z.string().optional(),
  Reasons: z.array(z.object({ Scene: z.string(), Label: z.string(), Count: z.number().int(), MaxScore: z.number().optional(), Suggestion: z.string().optional() })).optional(),
  ReasonsLeftOut: z.number().int().optional(),
  FramesTotal: z.number().int().optional(),
  Frames: z.array(z.object({ Timestamp: z.string(), Second: z.number().optional(), Url: z.string().optional(), Findings: z.array(finding) })).optional(),
  FramesLeftOut: z.number().int().optional(),
  OtherFindings: z
    .array(z.object({ Module: z.string(), Type: z.string().optional(), Scene: z.string().optional(), Label: z.string().optional(), Suggestion: z.string().optional(), Score: z.number().optional(), Url: z.string().optional() }))
    .optional(),
  Audio: z
    .object({
      Suggestion: z.string().optional(),
      Label: z.string().optional(),
      Total: z.number().int(),
      Labels: z.array(z.object({ Label: z.string(), Count: z.number().int() })),
      Segments: z.array(z.object({ StartTime: z.number().optional(), EndTime: z.number().optional(), Label: z.string().optional(), Text: z.string().optional() })),
      SegmentsLeftOut: z.number().int(),
    })
    .optional(),
  ManualReview: z
    .object({
      Status: z.string().optional().describe('The current manual review status (Normal, Blocked).'),
      Total: z.number().int(),
      Histories: z.array(z.object({ CreationTime: z.string().optional(), Status: z.string().optional(), Reason: z.string().optional(), Comment: z.string().optional(), Auditor: z.string().optional() })),
      HistoriesLeftOut: z.number().int(),
    })
    .optional(),
  NextStep: z.string(),
});

type Output = z.infer<typeof output>;

const read = (context: ToolContext, action: string, params: ApiParams) => context.api.call(action, params, { idempotent: true, signal: context.signal });

export const reviewAudit = defineTaskTool({
  name: 'review_audit',
  title: 'Review a video audit',
  toolset: 'tasks',
  tier: 'read',
  tierReason: 'Only reads audit results and history; takes no decision.',
  view: 'audit-review',
  description:
    'One verdict for a video from its AI audit and manual reviews: the suggestion (pass/review/block), the top reasons by scene and label with counts, ' +
    'the first flagged frames (time, labels, scores, screenshot URL), audio findings with transcript excerpts, other findings (title, cover) and the manual review history. ' +
    'Says how to start or wait for an audit when there is none yet. Decides nothing: blocking or passing is create_audit.',
  input,
  output,
  handler: async (args, context) => {
    const videoId = args.VideoId;
    const [result, history] = await Promise.all([read(context, 'GetMediaAuditResult', { MediaId: videoId }), manualReview(context, videoId)]);
    const summary = record(result.MediaAuditResult);
    if (str(summary.Suggestion) === undefined) {
      const running = await runningAuditJob(context.api, videoId, context.signal);
      return {
        VideoId: videoId,
        ReviewStatus: running ? 'Running' : 'NotAudited',
        ...(running ? { JobId: running } : {}),
        ManualReview: history,
        NextStep: running
          ? `An AI audit is running: wait_for_job (JobType AIMediaAudit, JobId ${running}), then call review_audit again.`
          : `No AI audit yet: submit_ai_media_audit_job (MediaId ${videoId}; billable) starts one; then wait_for_job (JobType AIMediaAudit) and review_audit again.`,
      } satisfies Output;
    }
    const maxFrames = args.MaxFrames ?? 10;
    const [timeline, audio] = await Promise.all([read(context, 'GetMediaAuditResultTimeline', { MediaId: videoId }), read(context, 'GetMediaAuditAudioResultDetail', { MediaId: videoId })]);
    const frames = flaggedFrames(timeline.MediaAuditResultTimeline);
    const shownFrames = capped(frames, maxFrames);
    const urls = await screenshotUrls(context, videoId, shownFrames.shown);
    const reasons = capped(reasonsOf(frames, summary), MAX_REASONS);
    const audioDetail = record(audio.MediaAuditAudioResultDetail);
    const segments = listOf(audioDetail, 'List');
    const shownSegments = capped(segments, MAX_AUDIO_SEGMENTS);
    const audioResult = listOf(summary, 'AudioResult')[0];
    const others = otherFindings(summary);
    const suggestion = str(summary.Suggestion)!;
    return {
      VideoId: videoId,
      ReviewStatus: 'Audited',
      Suggestion: suggestion,
      Label: str(summary.Label),
      AbnormalModules: str(summary.AbnormalModules) || undefined,
      Reasons: reasons.shown,
      ...(reasons.leftOut ? { ReasonsLeftOut: reasons.leftOut } : {}),
      FramesTotal: frames.length,
      Frames: shownFrames.shown.map((frame) => ({ ...frame, Url: urls.get(frame.Timestamp) })),
      FramesLeftOut: shownFrames.leftOut,
      ...(others.length ? { OtherFindings: others } : {}),
      Audio: {
        Suggestion: str(audioResult?.Suggestion),
        Label: str(audioResult?.Label),
        Total: num(audioDetail.Total) ?? segments.length,
        Labels: labelCounts(segments),
        Segments: shownSegments.shown.map((segment) => ({ StartTime: num(segment.StartTime), EndTime: num(segment.EndTime), Label: str(segment.Label), Text: str(segment.Text) })),
        SegmentsLeftOut: Math.max(shownSegments.leftOut, (num(audioDetail.Total) ?? 0) - shownSegments.shown.length),
      },
      ManualReview: history,
      NextStep: decisionStep(videoId, suggestion, history?.Status),
    } satisfies Output;
  },
});

/** GetAuditHistory: the current manual status and the latest reviews. */
async function manualReview(context: ToolContext, videoId: string): Promise<Output['ManualReview']> {
  const answer = await read(context, 'GetAuditHistory', { VideoId: videoId, PageSize: String(MAX_HISTORIES), SortBy: 'CreationTime:Desc' });
  const histories = listOf(answer, 'Histories').map((item) => ({
    CreationTime: str(item.CreationTime),
    Status: str(item.Status),
    Reason: str(item.Reason) || undefined,
    Comment: str(item.Comment) || undefined,
    Auditor: str(item.Auditor),
  }));
  const total = num(answer.Total) ?? histories.length;
  return { Status: str(answer.Status), Total: total, Histories: histories, HistoriesLeftOut: Math.max(0, total - histories.length) };
}

/** The screenshot URLs of `frames`, from the detail pages (read until every frame has one, or the page cap). */
async function screenshotUrls(context: ToolContext, videoId: string, frames: readonly FlaggedFrame[]): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  if (!frames.length) return urls;
  let read = 0;
  for (let page = 1; page <= MAX_DETAIL_PAGES; page++) {
    const answer = await context.api.call('GetMediaAuditResultDetail', { MediaId: videoId, PageNo: String(page) }, { idempotent: true, signal: context.signal });
    const detail = record(answer.MediaAuditResultDetail);
    const list = listOf(detail, 'List');
    for (const [timestamp, url] of urlsByTimestamp(list)) urls.set(timestamp, url);
    read += list.length;
    if (!list.length || read >= (num(detail.Total) ?? 0) || frames.every((frame) => urls.has(frame.Timestamp))) break;
  }
  return urls;
}

/** An audit job of the video still running (ListJobInfo then GetJobDetail: AI jobs of every kind share the list). */
async function runningAuditJob(api: VodApi, videoId: string, signal: AbortSignal | undefined): Promise<string | undefined> {
  const call = (action: string, params: ApiParams) => api.call(action, params, { idempotent: true, signal });
  let jobs: Record<string, unknown>[];
  try {
    jobs = listOf(await call('ListJobInfo', { JobType: 'ai', MediaId: videoId }), 'JobInfoList');
  } catch {
    // Not every account or region has the job list; without it there is no way to tell, so say "not audited".
    return undefined;
  }
  for (const job of jobs.filter((item) => isRunningStatus(str(item.Status))).slice(0, MAX_JOBS_CHECKED)) {
    const jobId = str(job.JobId);
    if (!jobId) continue;
    const detail = record((await call('GetJobDetail', { JobId: jobId, JobType: 'ai' }).catch(() => ({})) as Record<string, unknown>).AIJobDetail);
    if (/censor|audit/i.test(str(detail.JobType) ?? '')) return jobId;
  }
  return undefined;
}

function decisionStep(videoId: string, suggestion: string, manualStatus: string | undefined): string {
  const decide = `A person decides: create_audit (AuditContent [{VideoId: "${videoId}", Status: "Blocked" or "Normal"}]) records the decision and asks for confirmation first.`;
  const current = manualStatus === 'Blocked' ? ' The video is blocked now.' : '';
  switch (suggestion) {
    case 'block':
      return `The AI audit suggests blocking.${current} ${decide}`;
    case 'review':
      return `The AI audit suggests a manual review: check the frames and audio above.${current} ${decide}`;
    default:
      return `The AI audit found nothing to block.${current} No decision is needed; create_audit can still record one (asks for confirmation).`;
  }
}
