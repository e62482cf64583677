import { z } from 'zod';
import { listOf, str, type ApiResponse } from '../../client/index.js';
import { SEARCH_LIMITS } from '../../search/index.js';
import { defineTaskTool, type ToolContext } from '../define-tool.js';
import { alreadyDone, checkOperation, describeOperation, localFailure, OPERATION_RULES, operationOf, operationShape, prefixedTitle } from './operation.js';
import { newJobId, num, type BulkOperation, type BulkPlan, type PlanItem } from './plan-store.js';
import { plansOf } from './plans.js';

const PAGE_SIZE = 100;
const SAMPLE = 10;

const input = z
  .strictObject({
    Match: z.string().min(1).max(4096).describe("SearchMedia query selecting the videos, e.g. Title = 'cat' and CateId = 12. Default: all videos.").optional(),
    SearchType: z.literal('video').describe('Only videos for now (default video).').optional(),
    ...operationShape,
    MaxItems: z.number().int().min(1).max(10_000).optional().describe('Videos planned at most, newest first (default 1000).'),
  })
  .meta(OPERATION_RULES)
  .superRefine(checkOperation);

const output = z.object({
  JobId: z.string(),
  Operation: z.string(),
  Summary: z.string(),
  Total: z.number().int().describe('Videos in the plan.'),
  WouldChange: z.number().int(),
  Unchanged: z.number().int().describe('Already as the operation would make them (e.g. already in that category).'),
  WouldFail: z.number().int().describe('Refused without a call when run (e.g. TitleTooLong).'),
  LeftOut: z.number().int().describe('Search hits beyond MaxItems, not planned.'),
  Sample: z.array(
    z.object({
      VideoId: z.string(),
      Title: z.string().optional(),
      Outcome: z.enum(['change', 'unchanged', 'fail']),
      NewTitle: z.string().optional().describe('SetTitlePrefix: the title after the run.'),
      Code: z.string().optional(),
    }),
  ),
  NextStep: z.string(),
});

export const planBulkMedia = defineTaskTool({
  name: 'plan_bulk_media',
  title: 'Plan a bulk change of videos',
  toolset: 'bulk',
  tier: 'read',
  tierReason: 'A dry run: searches and records a plan in the server\'s state (its state directory, or Redis with --redis); changes no media.',
  description:
    'Dry run of one operation (Delete, SetCategory, AddTags, SetTitlePrefix, RefreshPlayUrls, SubmitTranscodes) over every video a SearchMedia Match selects (up to MaxItems): ' +
    'counts what would change, what already is in the target state and what would fail, shows a sample, and saves the plan under a JobId. ' +
    'Nothing changes until run_bulk_media runs the plan (after the user confirms).',
  input,
  output,
  handler: async (args, context) => {
    const plans = plansOf(context);
    const operation = operationOf(args);
    const maxItems = args.MaxItems ?? 1000;
    const { items, total } = await searchVideos(context, args.Match, maxItems);
    const plan: BulkPlan = {
      version: 1,
      JobId: newJobId(),
      CreatedAt: new Date().toISOString(),
      UpdatedAt: '',
      ...(args.Match === undefined ? {} : { Match: args.Match }),
      SearchType: 'video',
      Operation: operation,
      LeftOut: Math.max(0, total - items.length),
      Items: items,
    };
    await plans.write(plan);
    const outcomes = items.map((item) => outcomeOf(operation, item));
    const unchanged = outcomes.filter((outcome) => outcome.Outcome === 'unchanged').length;
    const failing = outcomes.filter((outcome) => outcome.Outcome === 'fail').length;
    const wouldChange = items.length - unchanged - failing;
    const summary = `${describeOperation(operation, wouldChange)}; ${unchanged} already done${failing ? `; ${failing} would fail (see Sample)` : ''} (plan ${plan.JobId}).`;
    return {
      JobId: plan.JobId,
      Operation: operation.Type,
      Summary: summary,
      Total: items.length,
      WouldChange: wouldChange,
      Unchanged: unchanged,
      WouldFail: failing,
      LeftOut: plan.LeftOut,
      Sample: sampleOf(items, outcomes),
      NextStep: items.length
        ? `Nothing has changed yet. To apply the plan, call run_bulk_media with JobId ${plan.JobId} (the user confirms first).` +
          (plan.LeftOut ? ` ${plan.LeftOut} more hits were left out: plan them separately (a narrower Match or a higher MaxItems).` : '')
        : 'No video matched: nothing to run. Check the Match with search_media.',
    } satisfies z.input<typeof output>;
  },
});

type Outcome = { Outcome: 'change' | 'unchanged' | 'fail'; NewTitle?: string; Code?: string };

function outcomeOf(operation: BulkOperation, item: PlanItem): Outcome {
  if (alreadyDone(operation, item)) return { Outcome: 'unchanged' };
  const failure = localFailure(operation, item);
  if (failure) return { Outcome: 'fail', Code: failure.Code };
  return { Outcome: 'change', ...(operation.Type === 'SetTitlePrefix' ? { NewTitle: prefixedTitle(operation.TitlePrefix, item.Title) } : {}) };
}

/** The first items, and the first ones that would fail (they need the user's attention before the run). */
function sampleOf(items: readonly PlanItem[], outcomes: readonly Outcome[]) {
  const picked = new Set<number>(items.slice(0, SAMPLE).map((_, index) => index));
  outcomes.forEach((outcome, index) => void (outcome.Outcome === 'fail' && picked.size < SAMPLE * 2 && picked.add(index)));
  return [...picked].sort((a, b) => a - b).map((index) => ({ VideoId: items[index]!.VideoId, ...(items[index]!.Title === undefined ? {} : { Title: items[index]!.Title }), ...outcomes[index]! }));
}

/** SearchMedia page by page (newest first): PageNo/PageSize within the first 5000 hits, the ScrollToken beyond. */
async function searchVideos(context: ToolContext, match: string | undefined, maxItems: number): Promise<{ items: PlanItem[]; total: number }> {
  const items: PlanItem[] = [];
  const seen = new Set<string>();
  let total = 0;
  let token: string | undefined;
  for (let page = 1; items.length < maxItems; page++) {
    const beyondWindow = page * PAGE_SIZE > SEARCH_LIMITS.maxResultWindow;
    if (beyondWindow && !token) break;
    const answer: ApiResponse = await context.api.call(
      'SearchMedia',
      {
        SearchType: 'video',
        ...(match === undefined ? {} : { Match: match }),
        Fields: 'Title,CateId,Tags',
        SortBy: 'CreationTime:Desc',
        PageNo: String(page),
        PageSize: String(PAGE_SIZE),
        ...(beyondWindow && token ? { ScrollToken: token } : {}),
      },
      { idempotent: true, signal: context.signal },
    );
    total = num(answer.Total) ?? total;
    token = str(answer.ScrollToken) || undefined;
    const list = listOf(answer, 'MediaList');
    for (const media of list) {
      const video = (media.Video && typeof media.Video === 'object' ? media.Video : {}) as Record<string, unknown>;
      const id = str(video.VideoId) ?? str(media.MediaId);
      if (!id || seen.has(id)) continue;
      seen.add(id);
      items.push({ VideoId: id, Title: str(video.Title), CateId: num(video.CateId), Tags: str(video.Tags), State: 'pending' });
      if (items.length >= maxItems) break;
    }
    context.progress?.(items.length, Math.min(total, maxItems), `searched ${items.length} of ${Math.min(total, maxItems)} videos`);
    if (list.length < PAGE_SIZE || page * PAGE_SIZE >= total) break;
  }
  return { items, total: Math.max(total, items.length) };
}
