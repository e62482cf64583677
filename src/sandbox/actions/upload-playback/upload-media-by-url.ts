import type { ActionContext, ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { claimSessionId } from '../../session-ids.js';
import { checkCategory, checkMediaText, checkTemplateGroup, resolveStorage, specFailure, userDataParam } from './upload-rules.js';
import { scheduleUrlJob, urlUploadJobs, type UrlUploadJob } from './url-upload-jobs.js';

interface UploadMetadata {
  SourceURL?: unknown;
  Title?: unknown;
  FileSize?: unknown;
  Description?: unknown;
  CoverURL?: unknown;
  CateId?: unknown;
  Tags?: unknown;
  TemplateGroupId?: unknown;
  WorkflowId?: unknown;
  FileExtension?: unknown;
}

const invalidUrls = () => specFailure('UploadMediaByURL', 'InvalidParameter.UploadURLs', 'The specified parameter UploadURLs is not valid.', 400);

/** The API asks for URL-encoded URLs; plain ones are accepted too. */
export function decodeSourceUrl(raw: string): string {
  if (!/^[a-z][a-z0-9+.-]*%3A/i.test(raw)) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const integer = (value: unknown, name: string): number | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw invalidParameter('UploadMetadatas', `${name} must be a non-negative integer.`);
  return n;
};

function readMetadatas(context: ActionContext): Map<string, UploadMetadata> {
  const value = context.json<unknown>('UploadMetadatas');
  if (value === undefined) return new Map();
  if (!Array.isArray(value)) throw invalidParameter('UploadMetadatas', 'It must be a JSON array.');
  const byUrl = new Map<string, UploadMetadata>();
  for (const item of value as unknown[]) {
    if (item === null || typeof item !== 'object') throw invalidParameter('UploadMetadatas', 'Each item must be an object.');
    const metadata = item as UploadMetadata;
    const source = text(metadata.SourceURL);
    if (!source || !text(metadata.Title)) throw invalidParameter('UploadMetadatas', 'SourceURL and Title are required.');
    byUrl.set(decodeSourceUrl(source), metadata);
  }
  return byUrl;
}

export const uploadMediaByUrl: ActionHandler = (context) => {
  const urls = context.list('UploadURLs', { required: true, max: 20, tooMany: invalidUrls() }).map(decodeSourceUrl);
  for (const url of urls) {
    if (!URL.canParse(url)) throw invalidUrls();
  }
  const metadatas = readMetadatas(context);
  const templateGroupId = context.str('TemplateGroupId');
  checkTemplateGroup(context, templateGroupId);
  const storage = context.str('StorageLocation') === undefined ? undefined : resolveStorage(context);
  const userData = userDataParam(context);
  const jobs = urlUploadJobs(context);
  const created = urls.map((url) => {
    const metadata = metadatas.get(url) ?? {};
    const title = text(metadata.Title) ?? (decodeURIComponent(new URL(url).pathname).split('/').pop() || url);
    const description = text(metadata.Description);
    const tags = text(metadata.Tags);
    checkMediaText({ Title: title, Description: description, Tags: tags });
    const cateId = integer(metadata.CateId, 'CateId');
    checkCategory(context, cateId);
    const groupId = text(metadata.TemplateGroupId) ?? templateGroupId;
    checkTemplateGroup(context, groupId);
    const job: UrlUploadJob = {
      JobId: context.state.nextId('urlUploadJob'),
      UploadURL: url,
      Status: 'PENDING',
      CreationTime: context.clock.nowIso(),
      Title: title,
      Description: description,
      Tags: tags,
      CateId: cateId,
      CoverURL: text(metadata.CoverURL),
      FileExtension: text(metadata.FileExtension),
      FileSize: integer(metadata.FileSize, 'FileSize'),
      TemplateGroupId: groupId,
      WorkflowId: text(metadata.WorkflowId) ?? context.str('WorkflowId'),
      AppId: context.str('AppId'),
      StorageLocation: storage,
      UserData: userData,
    };
    return job;
  });
  claimSessionId(context);
  for (const job of created) {
    jobs[job.JobId] = job;
    scheduleUrlJob(context, job.JobId);
  }
  return { UploadJobs: created.map((job) => ({ SourceURL: job.UploadURL, JobId: job.JobId })) };
};
