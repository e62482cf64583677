import { z } from 'zod';
import { endTimeText, out, utcTime } from '../schema-helpers.js';

export const STORAGE_REGIONS = ['cn-shanghai', 'cn-beijing', 'eu-central-1', 'ap-southeast-1'] as const;
const DAY_MS = 86_400_000;

/** StartTime/EndTime; the object checks checkWindow(maxDays). */
export const usageTimeFields = (maxDays: number) => ({
  StartTime: utcTime('Start, UTC.'),
  EndTime: utcTime(endTimeText(maxDays)),
});

/** EndTime after StartTime and at most `maxDays` later. */
export function checkWindow(maxDays: number) {
  return (args: { StartTime: string; EndTime: string }, context: z.RefinementCtx) => {
    const span = Date.parse(args.EndTime) - Date.parse(args.StartTime);
    if (!(span > 0)) context.addIssue({ code: 'custom', path: ['EndTime'], message: 'must be after StartTime' });
    else if (span > maxDays * DAY_MS) context.addIssue({ code: 'custom', path: ['EndTime'], message: `must be at most ${maxDays} days after StartTime` });
  };
}

export const regionList = () => z.array(z.enum(STORAGE_REGIONS)).min(1).max(STORAGE_REGIONS.length).describe('Storage regions; omit for all.');
export const bucketList = () => z.array(z.string().min(1)).min(1).max(100).describe('OSS bucket names; omit for all.');

/** TimeStamp + Data[{Name, Value}], as transcode and AI usage return it. */
export const namedSeries = (description: string) =>
  out.list(out.obj({ TimeStamp: out.str(), Data: out.list(out.obj({ Name: out.str(), Value: out.long() })) })).describe(description);
