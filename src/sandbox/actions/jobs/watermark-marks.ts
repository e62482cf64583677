import type { ActionContext, SandboxEnv } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { EXTRACT_TYPES, jobsSlice, MAX_PLAY_MARKS, type ExtractType } from './jobs-state.js';

const TRACE_MAX_LENGTH = 1024;

/**
 * GetPlayInfo's DigitalWatermarkType and Trace (metadata: a TraceMark trace is up to 1,024 letters and digits; for
 * a CopyrightMark, Trace is the watermark text). Checked before the play answer; the mark is remembered so a later
 * extraction from the video finds it. Called by GetPlayInfo once the video is known to play.
 */
export function notePlayMark(context: ActionContext, videoId: string): void {
  const type = context.oneOf('DigitalWatermarkType', EXTRACT_TYPES);
  const text = context.str('Trace');
  if (text === undefined) return;
  if (type === undefined) throw invalidParameter('Trace', 'Give DigitalWatermarkType with Trace.');
  if (text.length > TRACE_MAX_LENGTH) throw invalidParameter('Trace', `At most ${TRACE_MAX_LENGTH} characters.`);
  if (type === 'TraceMark' && !/^[A-Za-z0-9]+$/.test(text)) throw invalidParameter('Trace', 'A TraceMark trace may contain only letters and digits.');
  const marks = (jobsSlice(context).playMarks[videoId] ??= []);
  marks.push({ Type: type, Text: text, Time: context.clock.nowIso() });
  if (marks.length > MAX_PLAY_MARKS) marks.shift();
}

/** A transcode template's CopyrightMark (SDK: `{"Content": "..."}`, as an object or as JSON text). */
function copyrightContent(value: unknown): string | undefined {
  let mark = value;
  if (typeof mark === 'string') {
    try {
      mark = JSON.parse(mark) as unknown;
    } catch {
      return undefined;
    }
  }
  const content = mark && typeof mark === 'object' ? (mark as { Content?: unknown }).Content : undefined;
  return typeof content === 'string' && content !== '' ? content : undefined;
}

/** Copyright marks written by successful transcodes whose template carried a CopyrightMark. */
function transcodedMarks(env: SandboxEnv, videoId: string): { Text: string; Time: string }[] {
  const marks: { Text: string; Time: string }[] = [];
  for (const task of Object.values(env.state.data.transcodeTasks)) {
    if (task.VideoId !== videoId) continue;
    const templates = env.state.data.transcodeTemplateGroups[task.TranscodeTemplateGroupId]?.TranscodeTemplateList ?? [];
    for (const job of task.TranscodeJobInfoList) {
      if (job.TranscodeJobStatus !== 'TranscodeSuccess' || !job.CompleteTime) continue;
      const text = copyrightContent(templates.find((template) => template.TranscodeTemplateId === job.TranscodeTemplateId)?.CopyrightMark);
      if (text) marks.push({ Text: text, Time: job.CompleteTime });
    }
  }
  return marks;
}

/**
 * The mark an extraction finds in the video: the latest one it was played with (GetPlayInfo) or, for a copyright
 * mark, also the latest one a transcode template wrote into it. Undefined when the video carries none of that type.
 */
export function markOf(env: SandboxEnv, videoId: string, type: ExtractType): string | undefined {
  const played = (jobsSlice(env).playMarks[videoId] ?? []).filter((mark) => mark.Type === type);
  const all = [...(type === 'CopyrightMark' ? transcodedMarks(env, videoId) : []), ...played];
  let latest: { Text: string; Time: string } | undefined;
  for (const mark of all) if (!latest || mark.Time >= latest.Time) latest = mark;
  return latest?.Text;
}
