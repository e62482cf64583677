import type { ActionContext, ActionHandler } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { invalidParameter } from '../../errors.js';
import { filterFactor } from '../cdn/traffic-model.js';
import { figures, MINUTE_MS, sampleOf, scaled } from './realtime-model.js';
import { pointsOf, readDomains, readFixedWindow } from './realtime-window.js';
import { cellsFor } from './regions.js';

const FIELDS = ['qps', 'bps', 'http_code'] as const;
type Field = (typeof FIELDS)[number];

function readFields(context: ActionContext): Set<Field> {
  const fields = context.list('Field', { required: true });
  for (const field of fields) if (!(FIELDS as readonly string[]).includes(field)) throw invalidParameter('Field', `Allowed values: ${FIELDS.join(', ')}.`);
  return new Set(fields as Field[]);
}

/**
 * Per-minute QPS, bandwidth and status codes (SDK: at most 10 minutes a query, 1-minute points, the last 7 days, up
 * to 20 domains), one row per domain (unless Merge) and region/ISP (unless MergeLocIsp), as one JSON text in Data.
 */
export const describeVodDomainRealTimeDetailData: ActionHandler = (context) => {
  const domains = readDomains(context, 20);
  const fields = readFields(context);
  const merge = context.bool('Merge') ?? false;
  const mergeLocIsp = context.bool('MergeLocIsp') ?? false;
  const window = readFixedWindow(context, 10 * MINUTE_MS, 7, 60);
  const isp = context.str('IspNameEn');
  const location = context.str('LocationNameEn');
  const cells = mergeLocIsp ? [{ share: filterFactor(isp, location) }] : cellsFor(location !== undefined ? [location] : undefined, isp);
  const groups = merge ? [{ domains }] : domains.map((domain) => ({ domains: [domain], name: domain.DomainName }));
  const rows: Record<string, unknown>[] = [];
  for (const at of pointsOf(window, context.clock.now())) {
    for (const group of groups) {
      const whole = sampleOf(group.domains, at, at + MINUTE_MS);
      for (const cell of cells) {
        const sample = scaled(whole, cell.share);
        rows.push({
          time_stp: isoSeconds(at),
          ...('name' in group ? { domain_name: group.name } : {}),
          ...('location' in cell ? { location: cell.location, isp: cell.isp } : {}),
          ...(fields.has('qps') ? { qps: figures.qps(sample, 60) } : {}),
          ...(fields.has('bps') ? { bps: figures.bps(sample, 60) } : {}),
          ...(fields.has('http_code') ? { http_code: Object.fromEntries(figures.codeCounts(sample)) } : {}),
        });
      }
    }
  }
  return { Data: JSON.stringify(rows) };
};
