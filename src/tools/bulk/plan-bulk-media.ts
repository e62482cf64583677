import { z } from 'zod';
import { listOf, str, type ApiResponse } from '../../client/index.js';
import { SEARCH_LIMITS } from '../../search/index.js';
import { defineTaskTool, type ToolContext } from '../define-tool.js';
import { checkOperation, operationOf, operationShape } from './operation.js';
import { alreadyDone, describeOperation, newJobId, num, stateDirOf, writePlan, type BulkPlan, type PlanItem } from './plan-store.js';

const PAGE_SIZE = 100;
const SAMPLE = 10;

const input = z
  .strictObject({
    Match: z.string().min(1).max(4096).describe("SearchMedia query selecting the videos, e.g. Title = 'cat' and CateId = 12. Default: all videos.").optional(),
    SearchType: z.literal('video').describe('Only videos for now (default video).').optional(),
    ...operationShape,
    MaxItems: z.number().int().min(1).max(10_000).optional().describe('Videos planned at most, newest first (default 1000).'),
  })
  .superRefine(checkOperation);

const output = z.object({
  JobId: z.string(),
  Operation: z.string(),
  Summary: z.string(),
  Total: z.number().int().describe('Videos in the plan.'),
  WouldChange: z.number().int(),
  Unchanged: z.number().int().describe('Already as the operation would make them (e.g. already in that category).'),
  LeftOut: z.number().int().describe('Search hits beyond MaxItems, not planned.'),
  Sample: z.array(z.object({ VideoId: z.string(), Title: z.string().optional() })),
  NextStep: z.string(),
});

export const planBulkMedia = defineTaskTool({
  name: 'plan_bulk_media',
  title: 'Plan a bulk change of videos',
  toolset: 'bulk',
  tier: 'read',
  tierReason: 'A dry run: searches and records a plan in the server\'s state directory; changes no media.',
  description:
    'Dry run of one operation (Delete, SetCategory, AddTags) over every video a SearchMedia Match selects (up to MaxItems): ' +
    'counts what would change and what already is in the target state, shows a sample, and saves the plan under a JobId. ' +
    'Nothing changes until run_bulk_media runs the plan (after the user confirms).',
  input,
  output,
  handler: async (args, context) => {
    stateDirOf(context);
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
    await writePlan(context, plan);
    const unchanged = items.filter((item) => alreadyDone(operation, item)).length;
    const summary = `${describeOperation(operation, items.length - unchanged)}; ${unchanged} already done (plan ${plan.JobId}).`;
    return {
      JobId: plan.JobId,
      Operation: operation.Type,
      Summary: summary,
      Total: items.length,
      WouldChange: items.length - unchanged,
      Unchanged: unchanged,
      LeftOut: plan.LeftOut,
      Sample: items.slice(0, SAMPLE).map((item) => ({ VideoId: item.VideoId, ...(item.Title === undefined ? {} : { Title: item.Title }) })),
      NextStep: items.length
        ? `Nothing has changed yet. To apply the plan, call run_bulk_media with JobId ${plan.JobId} (the user confirms first).` +
          (plan.LeftOut ? ` ${plan.LeftOut} more hits were left out: plan them separately (a narrower Match or a higher MaxItems).` : '')
        : 'No video matched: nothing to run. Check the Match with search_media.',
    } satisfies z.input<typeof output>;
  },
});

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
