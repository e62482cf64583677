import type { ActionHandler, SandboxEnv } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { FAILING_FILE_MARKER } from '../../state/media-lifecycle.js';
import type { DynamicImageRecord } from '../../state/records.js';
import { requireStatus, requireVideo } from './common.js';
import { findVodTemplate } from './vod-templates.js';

export const DYNAMIC_IMAGE_SECONDS = 20;
const ANIMATABLE = ['UploadSucc', 'Transcoding', 'Normal', 'Checking', 'Blocked'];

interface DynamicImageConfig {
  Video?: { Width?: string; Height?: string; Fps?: string };
  Container?: { Format?: string };
  Clip?: { TimeSpan?: { Seek?: string; Duration?: string; End?: string } };
  SetDefaultCover?: string;
}

export const submitDynamicImageJob: ActionHandler = (context) => {
  const video = requireVideo(context, context.required('VideoId'));
  const template = findVodTemplate(context, context.required('DynamicImageTemplateId'), 'DynamicImage');
  const override = context.json<DynamicImageConfig>('OverrideParams') ?? {};
  if (typeof override !== 'object' || override === null) throw invalidParameter('OverrideParams', 'It must be a JSON object.');
  requireStatus(context, video, ANIMATABLE);
  const base = JSON.parse(template.TemplateConfig) as DynamicImageConfig;
  const config: DynamicImageConfig = { ...base, ...override, Video: { ...base.Video, ...override.Video }, Container: { ...base.Container, ...override.Container } };
  const format = (config.Container?.Format ?? 'gif').toLowerCase();
  const jobId = context.state.nextId('dynamicImageJob');
  const record: DynamicImageRecord = {
    DynamicImageId: context.state.nextId('dynamicImage'),
    JobId: jobId,
    VideoId: video.VideoId,
    Format: format,
    Width: config.Video?.Width,
    Height: config.Video?.Height,
    Fps: config.Video?.Fps,
    FileURL: `${context.baseUrl}/dynamic-image/${video.VideoId}/${jobId}.${format}`,
    Status: 'Processing',
    CreationTime: context.clock.nowIso(),
  };
  context.state.data.dynamicImages[record.DynamicImageId] = record;
  context.clock.schedule(DYNAMIC_IMAGE_SECONDS * 1000, () => completeDynamicImage(context, record, config.SetDefaultCover === 'true'));
  return { DynamicImageJob: { JobId: jobId } };
};

export function completeDynamicImage(context: SandboxEnv, record: DynamicImageRecord, setCover: boolean): void {
  const video = context.state.data.videos[record.VideoId];
  const failed = !video || video.FileName.toLowerCase().includes(FAILING_FILE_MARKER);
  const now = context.clock.nowIso();
  record.Status = failed ? 'Fail' : 'Success';
  if (!failed) {
    const pixels = Number(record.Width ?? 320) * Number(record.Height ?? 180);
    record.FileSize = String(Math.round(pixels * Number(record.Fps ?? 10) * 0.4));
    if (setCover && video) {
      video.CoverURL = record.FileURL;
      video.ModificationTime = now;
    }
  }
  context.events.emit({
    EventType: 'DynamicImageComplete',
    EventTime: now,
    VideoId: record.VideoId,
    JobId: record.JobId,
    Status: failed ? 'fail' : 'success',
    ...(failed ? { ErrorCode: 'InvalidMediaFile' } : { DynamicImageUrl: record.FileURL, Format: record.Format }),
  });
}
