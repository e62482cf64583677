import type { ActionContext, ActionHandler } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { hexId } from '../../state/sandbox-state.js';
import { parseTime } from './time-params.js';
import { cdnError, cdnState, hashOf, requireDomain, type DomainRecord } from './cdn-state.js';
import { readDomainName } from './domain-names.js';

const HOUR_MS = 3_600_000;
const YEAR_MS = 366 * 86_400_000;
const LINK_TTL_SECONDS = 3600;

/** One hourly log file, named and sized deterministically. */
function logInfo(context: ActionContext, domain: DomainRecord, hour: number): Record<string, unknown> {
  const name = domain.DomainName.replace(/^\./, 'all.');
  const stamp = isoSeconds(hour);
  const day = stamp.slice(0, 10).replace(/-/g, '_');
  const hh = (ms: number) => `${isoSeconds(ms).slice(11, 13)}0000`;
  const logName = `${name}_${day}_${hh(hour)}_${hh(hour + HOUR_MS)}.gz`;
  const expires = Math.floor(context.clock.now() / 1000) + LINK_TTL_SECONDS;
  const signature = hexId(`cdnlog:${logName}:${expires}`).slice(0, 28);
  const host = new URL(context.baseUrl).host;
  return {
    EndTime: isoSeconds(hour + HOUR_MS),
    LogSize: 200_000 + (hashOf(`${name}@${hour}`) % 4_800_000),
    StartTime: stamp,
    LogName: logName,
    LogPath: `${host}/cdnlog/${name}/${day}/${logName}?Expires=${expires}&OSSAccessKeyId=sandbox&Signature=${signature}`,
  };
}

export const describeVodDomainLog: ActionHandler = (context) => {
  const state = cdnState(context);
  const domain = requireDomain(context, state, readDomainName(context));
  const pageSize = context.int('PageSize', { min: 1, max: 1000, default: 300 })!;
  const pageNumber = context.int('PageNumber', { min: 1, default: 1 })!;
  const now = context.clock.now();
  const startRaw = parseTime(context, 'StartTime');
  const endRaw = parseTime(context, 'EndTime');
  if (startRaw !== undefined && endRaw === undefined) throw cdnError(context.action, 'InvalidEndTime.Malformed');
  if (endRaw !== undefined && startRaw === undefined) throw cdnError(context.action, 'InvalidStartTime.Malformed');
  const end = endRaw ?? now;
  const start = startRaw ?? now - 24 * HOUR_MS;
  if (end <= start || end - start > YEAR_MS) throw cdnError(context.action, 'InvalidEndTime.Malformed');
  // Files exist for whole hours that have ended, since the domain was added.
  const hours: number[] = [];
  const first = Math.max(Math.floor(start / HOUR_MS), Math.floor(domain.CreatedAt / HOUR_MS)) * HOUR_MS;
  for (let hour = first; hour < end && hour + HOUR_MS <= now; hour += HOUR_MS) hours.push(hour);
  const page = hours.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  return {
    DomainLogDetails: [
      {
        LogCount: page.length,
        DomainName: domain.DomainName,
        LogInfos: page.map((hour) => logInfo(context, domain, hour)),
        PageInfos: { PageNumber: pageNumber, PageSize: pageSize, Total: hours.length },
      },
    ],
  };
};
