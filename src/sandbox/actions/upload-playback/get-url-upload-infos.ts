import type { ActionHandler } from '../../action-context.js';
import { compact } from '../media/video-view.js';
import { lookUpUrlJobs } from './url-job-lookup.js';

export const getUrlUploadInfos: ActionHandler = (context) => {
  const { jobs, missing } = lookUpUrlJobs(context, 'UploadURLs');
  return {
    NonExists: missing,
    URLUploadInfoList: jobs.map((job) =>
      compact({
        JobId: job.JobId,
        UploadURL: job.UploadURL,
        MediaId: job.MediaId ?? '',
        Status: job.Status,
        CreationTime: job.CreationTime,
        CompleteTime: job.CompleteTime,
        FileSize: job.FileSize !== undefined ? String(job.FileSize) : undefined,
        UserData: job.UserData,
        ErrorCode: job.ErrorCode,
        ErrorMessage: job.ErrorMessage,
      }),
    ),
  };
};
