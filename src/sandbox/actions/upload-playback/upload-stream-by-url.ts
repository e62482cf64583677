import type { ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { findVideo } from '../media/video-lookup.js';
import { decodeSourceUrl } from './upload-media-by-url.js';
import { extensionOf, MEDIA_EXTENSIONS, specFailure, userDataParam } from './upload-rules.js';
import { scheduleUrlJob, urlUploadJobs } from './url-upload-jobs.js';

const ACTION = 'UploadStreamByURL';
/** Definitions of media streams (SDK models: PlayInfo.Definition). */
export const STREAM_DEFINITIONS = ['FD', 'LD', 'SD', 'HD', 'OD', '2K', '4K', 'SQ', 'HQ', 'AUTO'] as const;
/** HDR types (metadata; "not case-sensitive"). */
export const HDR_TYPES = ['HDR', 'HDR10', 'HLG', 'DolbyVision', 'HDRVivid', 'SDR+'] as const;

/**
 * Pulls a transcoded stream from a URL into an existing media as an asynchronous URL upload job (the same job table
 * as UploadMediaByURL, so GetURLUploadInfos and CancelUrlUploadJobs see it); when stored, the stream is playable.
 */
export const uploadStreamByUrl: ActionHandler = (context) => {
  const video = findVideo(context, context.required('MediaId'));
  context.required('Definition');
  const definition = context.oneOf('Definition', STREAM_DEFINITIONS);
  const source = decodeSourceUrl(context.required('StreamURL'));
  if (!URL.canParse(source) || !/^https?:$/.test(new URL(source).protocol)) throw invalidParameter('StreamURL', 'It must be an http(s) URL.');
  const rawHdr = context.str('HDRType');
  const hdrType = rawHdr === undefined ? undefined : HDR_TYPES.find((type) => type.toLowerCase() === rawHdr.toLowerCase());
  if (rawHdr !== undefined && !hdrType) throw invalidParameter('HDRType', `Allowed values: ${HDR_TYPES.join(', ')}.`);
  const extension = (context.str('FileExtension') ?? extensionOf(decodeURIComponent(new URL(source).pathname)))?.toLowerCase();
  if (!extension) throw invalidParameter('FileExtension', 'StreamURL has no file name extension: give FileExtension.');
  if (!MEDIA_EXTENSIONS.has(extension)) throw invalidParameter('FileExtension', 'The file name extension is not a supported media format.');
  const metadata = context.json<unknown>('UploadMetadata');
  if (metadata !== undefined && (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata))) throw invalidParameter('UploadMetadata', 'It must be a JSON object.');
  const userData = userDataParam(context);
  if (!video) throw specFailure(ACTION, 'InvalidVideo.NotFound', 'The video does not exist.', 404);
  const jobId = context.state.nextId('urlUploadJob');
  const fileUrl = `${context.baseUrl}/${video.StorageLocation.split('.')[0]}/${video.VideoId}/${jobId}.${extension}`;
  const fileSize = Number((metadata as { FileSize?: unknown } | undefined)?.FileSize);
  urlUploadJobs(context)[jobId] = {
    JobId: jobId,
    UploadURL: source,
    Status: 'PENDING',
    CreationTime: context.clock.nowIso(),
    MediaId: video.VideoId,
    Title: video.Title,
    FileExtension: extension,
    ...(Number.isInteger(fileSize) && fileSize > 0 ? { FileSize: fileSize } : {}),
    ...(userData ? { UserData: userData } : {}),
    Stream: { Definition: definition!, Format: extension, FileURL: fileUrl, ...(hdrType ? { HDRType: hdrType } : {}) },
  };
  scheduleUrlJob(context, jobId);
  return { StreamJobId: jobId, SourceURL: source, FileURL: fileUrl };
};
