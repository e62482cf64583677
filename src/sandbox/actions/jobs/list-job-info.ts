import type { ActionHandler } from '../../action-context.js';
import { videoNotFound } from '../media/video-lookup.js';
import { jobsOfType, LISTED_JOB_TYPES } from './job-records.js';
import { SANDBOX_USER_ID } from './jobs-state.js';

/** The SDK model: "the historical task list within the last 6 months". */
const HISTORY_MONTHS = 6;

/** A media's jobs of one type, newest first, created within the last six months. */
export const listJobInfo: ActionHandler = (context) => {
  const type = context.oneOf('JobType', LISTED_JOB_TYPES)!;
  const mediaId = context.required('MediaId');
  const all = jobsOfType(context, type).filter((job) => job.mediaId === mediaId);
  // Job history outlives a deleted video; an ID that names no media and no job is a mistake worth reporting.
  const { videos, images } = context.state.data;
  if (!all.length && !videos[mediaId] && !images[mediaId]) throw videoNotFound();
  const since = new Date(context.clock.now());
  since.setUTCMonth(since.getUTCMonth() - HISTORY_MONTHS);
  const recent = all
    .map((job, index) => ({ job, index }))
    .filter(({ job }) => Date.parse(job.createTime) >= since.getTime())
    .sort((a, b) => b.job.createTime.localeCompare(a.job.createTime) || b.index - a.index);
  return {
    JobType: type,
    MediaId: mediaId,
    JobInfoList: recent.map(({ job }) => ({
      JobId: job.jobId,
      Status: job.status,
      CreateTime: job.createTime,
      ...(job.completeTime ? { CompleteTime: job.completeTime } : {}),
      UserId: SANDBOX_USER_ID,
    })),
  };
};
