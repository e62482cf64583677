import { z } from 'zod';
import { endTimeText, utcTime } from '../schema-helpers.js';

const MAX_SPAN_MS = 180 * 86_400_000;

export const playbackTimeFields = {
  StartTime: utcTime('Start, UTC.'),
  EndTime: utcTime(endTimeText(180, ', not in the future')),
};

/** EndTime after StartTime, at most 180 days later. */
export function checkPlaybackWindow(args: { StartTime: string; EndTime: string }, context: z.RefinementCtx): void {
  const span = Date.parse(args.EndTime) - Date.parse(args.StartTime);
  if (!(span >= 0)) context.addIssue({ code: 'custom', path: ['EndTime'], message: 'must not be before StartTime' });
  else if (span > MAX_SPAN_MS) context.addIssue({ code: 'custom', path: ['EndTime'], message: 'must be at most 180 days after StartTime' });
}
