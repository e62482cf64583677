import { listOf, str } from '../../client/index.js';
import { num, record } from './job-view.js';

/** Pure pieces of review_audit: the API's audit answers folded into a compact verdict. */

/** The timeline's scene keys and the API's scene names. */
const TIMELINE_SCENES: Record<string, string> = { Porn: 'porn', Terrorism: 'terrorism', Ad: 'ad', Live: 'live', Logo: 'logo' };
/** MediaAuditResult.VideoResult's per-scene results. */
const RESULT_FIELDS: Record<string, string> = { porn: 'PornResult', terrorism: 'TerrorismResult', ad: 'AdResult', live: 'LiveResult', logo: 'LogoResult' };

export interface Finding {
  Scene: string;
  Label: string;
  Score?: number | undefined;
}

export interface FlaggedFrame {
  Timestamp: string;
  /** Timestamp in seconds (the API gives milliseconds). */
  Second?: number | undefined;
  Url?: string | undefined;
  Findings: Finding[];
}

export interface Reason {
  Scene: string;
  Label: string;
  Count: number;
  MaxScore?: number | undefined;
  Suggestion?: string | undefined;
}

/** Every flagged finding of the timeline, grouped into frames by timestamp, in time order. */
export function flaggedFrames(timeline: unknown): FlaggedFrame[] {
  const byTimestamp = new Map<string, FlaggedFrame>();
  for (const [key, scene] of Object.entries(TIMELINE_SCENES)) {
    for (const entry of listOf(record(timeline), key)) {
      const timestamp = str(entry.Timestamp);
      const label = str(entry.Label);
      if (timestamp === undefined || label === undefined || label === 'normal') continue;
      let frame = byTimestamp.get(timestamp);
      if (!frame) {
        const ms = num(timestamp);
        frame = { Timestamp: timestamp, Second: ms === undefined ? undefined : ms / 1000, Findings: [] };
        byTimestamp.set(timestamp, frame);
      }
      frame.Findings.push({ Scene: scene, Label: label, Score: num(entry.Score) });
    }
  }
  return [...byTimestamp.values()].sort((a, b) => (num(a.Timestamp) ?? 0) - (num(b.Timestamp) ?? 0));
}

/** Counts by scene and label, most frequent first (then the highest score), with each scene's suggestion. */
export function reasonsOf(frames: readonly FlaggedFrame[], summary: Record<string, unknown>): Reason[] {
  const videoResult = record(summary.VideoResult);
  const sceneSuggestion = (scene: string) => str(record(videoResult[RESULT_FIELDS[scene] ?? ''])?.Suggestion);
  const reasons = new Map<string, Reason>();
  for (const finding of frames.flatMap((frame) => frame.Findings)) {
    const key = `${finding.Scene}/${finding.Label}`;
    const reason = reasons.get(key) ?? { Scene: finding.Scene, Label: finding.Label, Count: 0, Suggestion: sceneSuggestion(finding.Scene) };
    reason.Count++;
    if (finding.Score !== undefined) reason.MaxScore = Math.max(reason.MaxScore ?? 0, finding.Score);
    reasons.set(key, reason);
  }
  if (!reasons.size) return countersOf(videoResult);
  return [...reasons.values()].sort((a, b) => b.Count - a.Count || (b.MaxScore ?? 0) - (a.MaxScore ?? 0));
}

/** Without a timeline: the summary's own counters per scene (CounterList, MaxScore). */
function countersOf(videoResult: Record<string, unknown>): Reason[] {
  return Object.entries(RESULT_FIELDS).flatMap(([scene, field]) => {
    const result = record(videoResult[field]);
    return listOf(result, 'CounterList')
      .filter((counter) => (num(counter.Count) ?? 0) > 0 && str(counter.Label) !== 'normal')
      .map((counter) => ({ Scene: scene, Label: str(counter.Label) ?? scene, Count: num(counter.Count) ?? 0, MaxScore: num(result.MaxScore), Suggestion: str(result.Suggestion) }));
  }).sort((a, b) => b.Count - a.Count);
}

/** Screenshot URLs by timestamp, from GetMediaAuditResultDetail pages. */
export function urlsByTimestamp(details: readonly Record<string, unknown>[]): Map<string, string> {
  const urls = new Map<string, string>();
  for (const item of details) {
    const timestamp = str(item.Timestamp);
    const url = str(item.Url);
    if (timestamp !== undefined && url) urls.set(timestamp, url);
  }
  return urls;
}

/** The summary's text and cover findings that are not a pass (the title itself is left out: it is in the media info). */
export interface OtherFinding {
  Module: 'text' | 'image';
  Type?: string | undefined;
  Scene?: string | undefined;
  Label?: string | undefined;
  Suggestion?: string | undefined;
  Score?: number | undefined;
  Url?: string | undefined;
}

export function otherFindings(summary: Record<string, unknown>): OtherFinding[] {
  const text = listOf(summary, 'TextResult').map((item): OtherFinding => ({ Module: 'text', Type: str(item.Type), Scene: str(item.Scene), Label: str(item.Label), Suggestion: str(item.Suggestion), Score: num(item.Score) }));
  const images = listOf(summary, 'ImageResult').map((item): OtherFinding => ({ Module: 'image', Type: str(item.Type), Label: str(item.Label), Suggestion: str(item.Suggestion), Url: str(item.Url) }));
  return [...text, ...images].filter((item) => item.Suggestion !== undefined && item.Suggestion !== 'pass');
}

/** Label -> count over the audio segments read. */
export function labelCounts(segments: readonly Record<string, unknown>[]): { Label: string; Count: number }[] {
  const counts = new Map<string, number>();
  for (const segment of segments) {
    const label = str(segment.Label) ?? 'unknown';
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([Label, Count]) => ({ Label, Count })).sort((a, b) => b.Count - a.Count);
}

/** The first `max` items and how many were left out. */
export function capped<T>(items: readonly T[], max: number): { shown: T[]; leftOut: number } {
  return { shown: items.slice(0, max), leftOut: Math.max(0, items.length - max) };
}
