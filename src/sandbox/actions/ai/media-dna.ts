import type { SandboxEnv } from '../../action-context.js';
import { mediaFacts } from '../../state/media-lifecycle.js';
import type { VideoRecord } from '../../state/records.js';
import { hexId } from '../../state/sandbox-state.js';
import type { AISlice } from './ai-state.js';

/**
 * The sandbox cannot look at pixels, so a video's "content" is its source file name: the same name (ignoring
 * extension, case and copy suffixes like "(1)" or "-copy") means the same content. Demo re-uploads override it.
 */
export function fingerprintOf(slice: AISlice, video: VideoRecord): string {
  const override = slice.fingerprintOverrides[video.VideoId];
  if (override) return override;
  const base = video.FileName.toLowerCase()
    .replace(/\.[a-z0-9]+$/, '')
    .replace(/(\s*\(\d+\)|[-_ ]copy\d*)+$/, '');
  return hexId(`dna:${base}`);
}

/** Compares `video` with the DNA library, then adds it to the library. Returns the DNA result (spec 17.4 AIMediaDNAResult). */
export function runMediaDna(env: SandboxEnv, slice: AISlice, video: VideoRecord): { VideoDNA: Record<string, unknown>[] } {
  const fingerprint = fingerprintOf(slice, video);
  const duration = video.Duration ?? mediaFacts(video.VideoId).duration;
  const matches = Object.values(slice.dnaLibrary)
    .filter((entry) => entry.MediaId !== video.VideoId && entry.Fingerprint === fingerprint)
    .map((entry) => {
      const overlap = Math.min(duration, entry.Duration);
      const similarity = 0.9 + (parseInt(hexId(`${video.VideoId}:${entry.MediaId}`).slice(0, 4), 16) % 10) / 100;
      return {
        PrimaryKey: entry.MediaId,
        Similarity: similarity.toFixed(2),
        Detail: [{ Input: { Start: '0.0', Duration: overlap.toFixed(1) }, Duplication: { Start: '0.0', Duration: overlap.toFixed(1) } }],
      };
    });
  slice.dnaLibrary[video.VideoId] = { MediaId: video.VideoId, Fingerprint: fingerprint, Duration: duration, AddedAt: env.clock.nowIso() };
  const result = { VideoDNA: matches };
  slice.dnaResults[video.VideoId] = result;
  return result;
}
