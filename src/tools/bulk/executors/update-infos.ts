import { str, type ApiResponse } from '../../../client/index.js';
import { mergedTags, prefixedTitle } from '../operation.js';
import type { BulkOperation } from '../plan-store.js';
import { idsOf, isApiError, settle, settleWithError, type Executor, type Target } from './outcomes.js';

/** SetCategory, AddTags, SetTitlePrefix: one UpdateVideoInfos call per chunk (at most 20 videos a call). */
export const updateVideoInfos: Executor = async (targets, { plan, context }) => {
  const content = targets.map((target) => ({ VideoId: target.item.VideoId, ...change(plan.Operation, target) }));
  for (const { item } of targets) item.Sent = true;
  let answer: ApiResponse;
  try {
    // The values are absolute (the merged tags, the whole new title), so a retry writes the same thing again.
    answer = await context.api.call('UpdateVideoInfos', { UpdateContent: JSON.stringify(content) }, { idempotent: true, signal: context.signal });
  } catch (error) {
    if (!isApiError(error)) throw error;
    for (const { item } of targets) settleWithError(item, error);
    return;
  }
  const missing = idsOf(answer, 'NonExistVideoIds');
  const forbidden = idsOf(answer, 'ForbiddenVideoIds');
  for (const { item } of targets) {
    if (missing.has(item.VideoId)) settle(item, 'not_found');
    else if (forbidden.has(item.VideoId)) settle(item, 'forbidden', { Code: 'Forbidden', Message: 'The account may not change this video (ForbiddenVideoIds).' });
    else settle(item, 'changed');
  }
};

function change(operation: BulkOperation, { video }: Target): Record<string, unknown> {
  switch (operation.Type) {
    case 'SetCategory':
      return { CateId: operation.CateId };
    case 'AddTags':
      return { Tags: mergedTags(str(video.Tags), operation.Tags) };
    case 'SetTitlePrefix':
      return { Title: prefixedTitle(operation.TitlePrefix, str(video.Title)) };
    default:
      throw new Error(`UpdateVideoInfos does not run ${operation.Type}`);
  }
}
