import type { SandboxEnv } from '../../action-context.js';
import { mediaFacts } from '../../state/media-lifecycle.js';
import type { VideoRecord } from '../../state/records.js';

/** What an UploadStreamByURL job adds to its video (stored on the URL upload job). */
export interface StreamTarget {
  Definition: string;
  Format: string;
  HDRType?: string;
  /** Where the pulled stream is stored (the answer's FileURL, the event's StreamFileURL). */
  FileURL: string;
}

/** Kbps of a pulled stream by definition, as the sandbox's transcodes use. */
const KBPS: Record<string, number> = { FD: 400, LD: 600, SD: 900, HD: 1500, OD: 2500, '2K': 6000, '4K': 12000, SQ: 128, HQ: 320, AUTO: 1500 };
const SIZES: Record<string, [number, number]> = { FD: [640, 360], LD: [640, 360], SD: [854, 480], HD: [1280, 720], OD: [1920, 1080], '2K': [2560, 1440], '4K': [3840, 2160] };
const AUDIO_FORMATS = new Set(['mp3', 'm4a', 'aac', 'wav', 'flac', 'ogg', 'wma', 'amr']);

/** The stored stream joins the video's play streams (as the newest stream of its definition and format). */
export function attachPulledStream(env: SandboxEnv, video: VideoRecord, jobId: string, target: StreamTarget, fileSize?: number): void {
  const audio = video.MediaType === 'audio' || AUDIO_FORMATS.has(target.Format) || target.Definition === 'SQ' || target.Definition === 'HQ';
  const kbps = KBPS[target.Definition] ?? 1500;
  const [width, height] = audio ? [0, 0] : (SIZES[target.Definition] ?? [1280, 720]);
  const duration = video.Duration ?? mediaFacts(video.VideoId).duration;
  const now = env.clock.nowIso();
  for (const stream of video.Streams) {
    if (stream.Definition === target.Definition && stream.Format === target.Format) stream.Status = 'Invisible';
  }
  video.Streams.push({
    JobId: jobId,
    Definition: target.Definition,
    Format: target.Format,
    StreamType: audio ? 'audio' : 'video',
    Bitrate: String(kbps),
    Width: width,
    Height: height,
    Fps: audio ? '0' : '25',
    Duration: duration.toFixed(3),
    Size: fileSize ?? Math.round((duration * kbps * 1000) / 8),
    Encrypt: 0,
    ...(target.HDRType ? { HDRType: target.HDRType } : {}),
    NarrowBandType: '0',
    PlayURL: `${env.baseUrl}/play/${video.VideoId}/${jobId}.${target.Format}`,
    Status: 'Normal',
    CreationTime: now,
    ModificationTime: now,
  });
  video.ModificationTime = now;
}
