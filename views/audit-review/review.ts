/** review_audit's structured result, as the view reads it (every field optional: the view never trusts a shape). */
export interface Finding {
  readonly Scene?: string;
  readonly Label?: string;
  readonly Score?: number;
}

export interface Frame {
  readonly Timestamp?: string;
  readonly Second?: number;
  readonly Url?: string;
  readonly Findings?: readonly Finding[];
}

export interface Review {
  readonly VideoId?: string;
  readonly ReviewStatus?: string;
  readonly Suggestion?: string;
  readonly Label?: string;
  readonly AbnormalModules?: string;
  readonly Reasons?: readonly { Scene?: string; Label?: string; Count?: number; MaxScore?: number; Suggestion?: string }[];
  readonly FramesTotal?: number;
  readonly Frames?: readonly Frame[];
  readonly FramesLeftOut?: number;
  readonly OtherFindings?: readonly { Module?: string; Type?: string; Scene?: string; Label?: string; Suggestion?: string; Score?: number; Url?: string }[];
  readonly Audio?: {
    readonly Suggestion?: string;
    readonly Label?: string;
    readonly Total?: number;
    readonly Segments?: readonly { StartTime?: number; EndTime?: number; Label?: string; Text?: string }[];
    readonly SegmentsLeftOut?: number;
  };
  readonly ManualReview?: {
    readonly Status?: string;
    readonly Total?: number;
    readonly Histories?: readonly { CreationTime?: string; Status?: string; Reason?: string; Comment?: string; Auditor?: string }[];
  };
  readonly NextStep?: string;
}

/** Colours by scene (the finding's category), the same in both themes. */
export const SCENE_COLORS: Readonly<Record<string, string>> = {
  porn: '#d6336c',
  terrorism: '#e8590c',
  ad: '#1c7ed6',
  live: '#7048e8',
  logo: '#0ca678',
};
export const OTHER_COLOR = '#868e96';

export function sceneColor(scene: string | undefined): string {
  return (scene && SCENE_COLORS[scene]) || OTHER_COLOR;
}

/** The frame's top finding (highest score): what its marker shows. */
export function topFinding(frame: Frame): Finding | undefined {
  return [...(frame.Findings ?? [])].sort((a, b) => (b.Score ?? 0) - (a.Score ?? 0))[0];
}

/** Where on the timeline a second falls, as a percentage of the span (clamped to 0-100). */
export function position(second: number, span: number): number {
  if (!(span > 0)) return 0;
  return Math.min(100, Math.max(0, (second / span) * 100));
}

/** The span the timeline covers: the video's duration when known, else a little past the last finding. */
export function timelineSpan(review: Review, duration: number | undefined): number {
  if (duration !== undefined && duration > 0) return duration;
  const ends = [...(review.Frames ?? []).map((frame) => frame.Second ?? 0), ...(review.Audio?.Segments ?? []).map((segment) => segment.EndTime ?? 0)];
  return Math.max(1, ...ends) * 1.05;
}

/** 83.326 -> "1:23.3". */
export function clock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds - minutes * 60;
  return `${minutes}:${rest < 10 ? '0' : ''}${rest.toFixed(1)}`;
}
