import type { ActionHandler, SandboxEnv } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { mediaFacts } from '../../state/media-lifecycle.js';
import { DEFAULT_APP_ID } from '../../state/sandbox-state.js';
import type { TranscodeTaskRecord } from '../../state/records.js';
import { intervalStarts } from './time-series.js';
import { bucketOf, hourOrDay, regionFilter, storageFilter, usageWindow } from './usage-window.js';

interface TranscodeUsage {
  completedAt: number;
  specification: string;
  seconds: number;
  region: string;
  bucket: string;
  appId: string;
}

const AUDIO_FORMATS = new Set(['mp3', 'm4a', 'aac', 'flac', 'ogg']);

/** The billing specification of one transcode output: Audio, or codec.definition such as H264.SD. */
function specificationOf(env: SandboxEnv, task: TranscodeTaskRecord, templateId: string, definition: string, audioSource: boolean): string {
  const group = env.state.data.transcodeTemplateGroups[task.TranscodeTemplateGroupId];
  const template = group?.TranscodeTemplateList.find((item) => item.TranscodeTemplateId === templateId);
  const format = template?.Container.Format.toLowerCase() ?? 'mp4';
  if (audioSource || AUDIO_FORMATS.has(format)) return 'Audio';
  const codec = (template?.Video.Codec ?? 'H.264').replace('.', '').toUpperCase();
  return `${codec}.${definition}`;
}

/** Successful transcode outputs, billed by the source duration in seconds. */
function transcodeUsage(env: SandboxEnv): TranscodeUsage[] {
  const usage: TranscodeUsage[] = [];
  for (const task of Object.values(env.state.data.transcodeTasks)) {
    const video = env.state.data.videos[task.VideoId];
    const seconds = Math.ceil(video?.Duration ?? mediaFacts(task.VideoId).duration);
    for (const job of task.TranscodeJobInfoList) {
      if (job.TranscodeJobStatus !== 'TranscodeSuccess' || !job.CompleteTime) continue;
      usage.push({
        completedAt: Date.parse(job.CompleteTime),
        specification: specificationOf(env, task, job.TranscodeTemplateId, job.Definition, video?.MediaType === 'audio'),
        seconds,
        region: video?.RegionId ?? env.region,
        appId: video?.AppId ?? DEFAULT_APP_ID,
        bucket: bucketOf(video?.StorageLocation ?? ''),
      });
    }
  }
  return usage;
}

export const describeVodTranscodeData: ActionHandler = (context) => {
  const window = usageWindow(context, { maxDays: 31 });
  const regions = regionFilter(context);
  const buckets = storageFilter(context);
  const specifications = context.list('Specification');
  // AppId (newer metadata): one app's transcoding; all apps when omitted.
  const appId = context.str('AppId');
  const interval = hourOrDay(window, context.oneOf('Interval', ['day', 'hour'] as const));
  const usage = transcodeUsage(context).filter(
    (item) =>
      (!regions || regions.has(item.region)) &&
      (!buckets || buckets.has(item.bucket)) &&
      (!specifications.length || specifications.includes(item.specification)) &&
      (appId === undefined || item.appId === appId),
  );
  const items = intervalStarts(window.start, window.end, interval.ms, window.now).map((at) => {
    const totals = new Map<string, number>();
    for (const item of usage) {
      if (item.completedAt < at || item.completedAt >= at + interval.ms) continue;
      totals.set(item.specification, (totals.get(item.specification) ?? 0) + item.seconds);
    }
    const all = [...totals.values()].reduce((sum, value) => sum + value, 0);
    const data = [...totals.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([Name, Value]) => ({ Name, Value }));
    return { TimeStamp: isoSeconds(at), Data: [...data, { Name: 'All', Value: all }].map((item) => ({ Name: item.Name, Value: String(item.Value) })) };
  });
  return { DataInterval: interval.label, TranscodeData: items };
};
