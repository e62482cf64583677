import type { ActionHandler, SandboxEnv } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { invalidParameter } from '../../errors.js';
import { mediaFacts } from '../../state/media-lifecycle.js';
import type { VodEvent } from '../../state/records.js';
import { accountSlice, type AiUsageEntry } from './slice.js';
import { intervalStarts } from './time-series.js';
import { hourOrDay, regionFilter, usageWindow } from './usage-window.js';

const AI_TYPES = ['AIVideoCensor', 'AIVideoFPShot', 'AIVideoTag'] as const;

/** Completion events of billable AI processing, by the usage type they are billed under. */
const AI_EVENT_TYPES: Record<string, AiUsageEntry['AIType']> = {
  AIMediaAuditComplete: 'AIVideoCensor',
  AIMediaDNAComplete: 'AIVideoFPShot',
  AIVideoTagComplete: 'AIVideoTag',
};
const MAX_AI_USAGE_ENTRIES = 5000;

/** Records a successful AI job's processed seconds when its completion event is emitted. */
export function recordAiUsage(env: SandboxEnv, event: VodEvent): void {
  const type = AI_EVENT_TYPES[event.EventType];
  if (!type || (event.Status !== undefined && event.Status !== 'success')) return;
  const mediaId = typeof event.MediaId === 'string' ? event.MediaId : event.VideoId;
  const video = mediaId ? env.state.data.videos[mediaId] : undefined;
  const seconds = Math.ceil(video?.Duration ?? (mediaId ? mediaFacts(mediaId).duration : 0));
  const usage = accountSlice(env).aiUsage;
  usage.push({ Time: env.clock.nowIso(), AIType: type, Seconds: seconds, RegionId: video?.RegionId ?? env.region });
  if (usage.length > MAX_AI_USAGE_ENTRIES) usage.shift();
}

export const describeVodAIData: ActionHandler = (context) => {
  const window = usageWindow(context, { maxDays: 31 });
  const regions = regionFilter(context);
  const types = context.list('AIType');
  if (types.some((type) => !(AI_TYPES as readonly string[]).includes(type))) throw invalidParameter('AIType', `Allowed values: ${AI_TYPES.join(', ')}.`);
  const interval = hourOrDay(window);
  const usage = accountSlice(context).aiUsage.filter((entry) => (!regions || regions.has(entry.RegionId)) && (!types.length || types.includes(entry.AIType)));
  const items = intervalStarts(window.start, window.end, interval.ms, window.now).map((at) => {
    const totals = new Map<string, number>();
    for (const entry of usage) {
      const time = Date.parse(entry.Time);
      if (time >= at && time < at + interval.ms) totals.set(entry.AIType, (totals.get(entry.AIType) ?? 0) + entry.Seconds);
    }
    const data = AI_TYPES.filter((type) => totals.has(type)).map((type) => ({ Name: type, Value: totals.get(type) ?? 0 }));
    return { TimeStamp: isoSeconds(at), Data: data };
  });
  return { DataInterval: interval.label, AIData: items };
};
