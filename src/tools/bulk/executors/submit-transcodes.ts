import { createHash } from 'node:crypto';
import { str, type VodApiError } from '../../../client/index.js';
import { isApiError, settle, settleWithError, type Executor } from './outcomes.js';

/**
 * SubmitTranscodes: one SubmitTranscodeJobs per video (the client's rate limiter keeps them under its QPS). Each
 * carries a SessionId derived from the plan and the video, so a rerun after a lost answer cannot start a second
 * paid transcode: the service refuses the repeated SessionId, and the item is then recorded as changed.
 */
export const submitTranscodes: Executor = async (targets, { plan, context }) => {
  if (plan.Operation.Type !== 'SubmitTranscodes') throw new Error(`SubmitTranscodeJobs does not run ${plan.Operation.Type}`);
  const { TemplateGroupId } = plan.Operation;
  for (const { item } of targets) {
    if (context.signal?.aborted) return;
    const resent = item.Sent === true;
    item.Sent = true;
    try {
      const answer = await context.api.call(
        'SubmitTranscodeJobs',
        { VideoId: item.VideoId, TemplateGroupId, SessionId: sessionIdOf(plan.JobId, item.VideoId) },
        { idempotent: false, signal: context.signal },
      );
      settle(item, 'changed', { JobId: str(answer.TranscodeTaskId) });
    } catch (error) {
      if (!isApiError(error)) throw error;
      if (resent && isRepeatedSession(error)) {
        settle(item, 'changed', { Message: 'Submitted by an earlier call whose answer was lost (the SessionId was already used); find its TranscodeTaskId with list_transcode_task.' });
      } else settleWithError(item, error);
    }
  }
};

/** 1-50 letters, digits, '-' or '_', stable for a plan and a video. */
export const sessionIdOf = (jobId: string, videoId: string): string => `bulk-${createHash('sha256').update(`${jobId.toLowerCase()}:${videoId}`).digest('hex').slice(0, 40)}`;

const isRepeatedSession = (error: VodApiError) => error.code.startsWith('InvalidParameter') && /SessionId/i.test(error.message);
