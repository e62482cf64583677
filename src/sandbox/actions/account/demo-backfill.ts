import type { SandboxEnv } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { accountSlice, type LiveRecording } from './slice.js';
import { DAY_MS, HOUR_MS } from './time-series.js';

const DEMO_HISTORY_DAYS = 30;
export const DEMO_LIVE_DOMAIN = 'live.sandbox-demo.com';

/**
 * Demo data that points at the demo catalog. The catalog is seeded after the families, so this runs on
 * first use (attach, or the first request that needs it): a month of playback history for the demo
 * videos, and live recordings that produced two of them.
 */
export function ensureDemoBackfill(env: SandboxEnv): void {
  const slice = accountSlice(env);
  if (!slice.demoBackfillPending) return;
  slice.demoBackfillPending = false;
  const now = env.clock.now();
  const videos = Object.values(env.state.data.videos);
  for (const video of videos) slice.playbackSince[video.VideoId] = isoSeconds(now - DEMO_HISTORY_DAYS * DAY_MS);
  const byTitle = (prefix: string) => videos.find((video) => video.Title.startsWith(prefix));
  const recordings: [string, string, number, number][] = [
    ['Product launch keynote', 'keynote-2026', 9 * DAY_MS, 2 * HOUR_MS],
    ['Webinar recording', 'webinar-weekly', 1 * DAY_MS, HOUR_MS],
  ];
  for (const [title, stream, ago, length] of recordings) {
    const video = byTitle(title);
    if (!video) continue;
    const started = now - ago;
    const recording: LiveRecording = {
      PlaylistId: env.state.nextId('livePlaylist'),
      DomainName: DEMO_LIVE_DOMAIN,
      AppName: 'liveApp',
      StreamName: stream,
      RecordStartTime: isoSeconds(started),
      RecordEndTime: isoSeconds(started + length),
      VideoId: video.VideoId,
      CreationTime: isoSeconds(started + length),
    };
    slice.liveRecordings.push(recording);
  }
}
