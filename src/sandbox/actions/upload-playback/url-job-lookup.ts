import type { ActionContext } from '../../action-context.js';
import { missingParameter } from '../../errors.js';
import { decodeSourceUrl } from './upload-media-by-url.js';
import { urlUploadJobs, type UrlUploadJob } from './url-upload-jobs.js';

/** JobIds win over URLs (spec 5.6/5.7); at most 10 of either. Returns the jobs found and what was not. */
export function lookUpUrlJobs(context: ActionContext, urlParam: 'UploadURLs' | 'UploadUrls'): { jobs: UrlUploadJob[]; missing: string[] } {
  const all = urlUploadJobs(context);
  const ids = context.list('JobIds', { max: 10 });
  if (ids.length) {
    return { jobs: ids.flatMap((id) => (all[id] ? [all[id]] : [])), missing: ids.filter((id) => !all[id]) };
  }
  const urls = context.list(urlParam, { max: 10 }).map(decodeSourceUrl);
  if (!urls.length) throw missingParameter('JobIds');
  const newestFirst = Object.values(all).sort((a, b) => b.CreationTime.localeCompare(a.CreationTime));
  const jobs = urls.flatMap((url) => newestFirst.filter((job) => job.UploadURL === url)).slice(0, 100);
  return { jobs, missing: urls.filter((url) => !jobs.some((job) => job.UploadURL === url)) };
}
