import type { ApiResponse } from '../../../client/index.js';
import { idsOf, isApiError, LOST_ANSWER_NOTE, NOT_FOUND_CODES, settle, settleWithError, type Executor } from './outcomes.js';

/**
 * DeleteVideo per chunk. A video this plan sent the delete for is changed when it is found gone afterwards: after a
 * lost answer the client's retry (or a later rerun's re-check) sees it missing because the first attempt deleted it.
 * The plan is saved with the items marked Sent before the call, so that holds across a crash too.
 */
export const deleteVideos: Executor = async (targets, { context, save }) => {
  for (const { item } of targets) item.Sent = true;
  await save();
  let lostAnswer = false;
  let answer: ApiResponse;
  try {
    answer = await context.api.call(
      'DeleteVideo',
      { VideoIds: targets.map(({ item }) => item.VideoId).join(',') },
      { idempotent: true, signal: context.signal, onRetry: ({ answerLost }) => void (lostAnswer ||= answerLost) },
    );
  } catch (error) {
    if (!isApiError(error)) throw error;
    if (lostAnswer && NOT_FOUND_CODES.has(error.code)) for (const { item } of targets) settle(item, 'changed', { Message: LOST_ANSWER_NOTE });
    else for (const { item } of targets) settleWithError(item, error);
    return;
  }
  const missing = idsOf(answer, 'NonExistVideoIds');
  const forbidden = idsOf(answer, 'ForbiddenVideoIds');
  for (const { item } of targets) {
    if (missing.has(item.VideoId)) settle(item, lostAnswer ? 'changed' : 'not_found', lostAnswer ? { Message: LOST_ANSWER_NOTE } : {});
    else if (forbidden.has(item.VideoId)) settle(item, 'forbidden', { Code: 'Forbidden', Message: 'The account may not delete this video (ForbiddenVideoIds).' });
    else settle(item, 'changed');
  }
};
