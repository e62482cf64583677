import type { SandboxEnv } from '../../action-context.js';
import { hexId } from '../../state/sandbox-state.js';

/**
 * Demo: the Chinese-titled course video also has a clear (unencrypted) HLS rendition beside its MP4 streams, so
 * GetPlayInfo with Formats=m3u8 has something to play (the demo's HLS template group is encrypted).
 */
export function seedDemoHls(env: SandboxEnv): void {
  const video = Object.values(env.state.data.videos).find((record) => record.Status === 'Normal' && record.FileName === 'cloud-native.mp4');
  if (!video) return;
  const now = env.clock.nowIso();
  const duration = video.Duration ?? 0;
  video.Streams.push({
    JobId: hexId(`demo-hls:${video.VideoId}`),
    Definition: 'SD',
    Format: 'm3u8',
    StreamType: 'video',
    Bitrate: '900',
    Width: 854,
    Height: 480,
    Fps: '25',
    Duration: duration.toFixed(3),
    Size: Math.round((duration * 900 * 1000) / 8),
    Encrypt: 0,
    NarrowBandType: '0',
    PlayURL: `${env.baseUrl}/play/${video.VideoId}/sd.m3u8`,
    Status: 'Normal',
    CreationTime: now,
    ModificationTime: now,
  });
}
