import type { ApiResponse } from '../../../client/index.js';
import { str } from '../../../client/index.js';
import { idsOf, isApiError, settle, settleWithError, type Executor } from './outcomes.js';

/** RefreshPlayUrls: one RefreshMediaPlayUrls (TaskType Refresh, at most 20 MediaIds a call) per chunk. */
export const refreshPlayUrls: Executor = async (targets, { context }) => {
  for (const { item } of targets) item.Sent = true;
  let answer: ApiResponse;
  try {
    // Not repeated blindly: every call is a new refresh job that uses up the daily refresh quota.
    answer = await context.api.call('RefreshMediaPlayUrls', { MediaIds: targets.map(({ item }) => item.VideoId).join(','), TaskType: 'Refresh' }, { idempotent: false, signal: context.signal });
  } catch (error) {
    if (!isApiError(error)) throw error;
    for (const { item } of targets) settleWithError(item, error);
    return;
  }
  const jobId = str(answer.MediaRefreshJobId);
  const missing = idsOf(answer, 'NonExistMediaIds');
  const forbidden = idsOf(answer, 'ForbiddenMediaIds');
  for (const { item } of targets) {
    if (missing.has(item.VideoId)) settle(item, 'not_found');
    else if (forbidden.has(item.VideoId)) settle(item, 'forbidden', { Code: 'Forbidden', Message: 'The account may not refresh this video (ForbiddenMediaIds).' });
    else settle(item, 'changed', { JobId: jobId });
  }
};
