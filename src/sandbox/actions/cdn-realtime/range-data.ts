import type { ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { hashOf } from '../cdn/cdn-state.js';
import { BUCKET_MS } from '../cdn/traffic-model.js';
import { figures, sampleOf, scaled } from './realtime-model.js';
import { pointsOf, readDomains, readFixedWindow } from './realtime-window.js';
import { cellsFor } from './regions.js';

const HOUR_MS = 3_600_000;
const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * One domain's data by region and ISP in 5-minute points (SDK: at most 1 hour a query, the last 93 days), as the
 * JSON text the model describes: {unix time: {region: {ISP: {http_codes, rt, bandwidth, avg_speed, pv, hit_rate,
 * request_hit_rate}}}}. avg_speed is bandwidth / pv, as in the model's example.
 */
export const describeVodRangeDataByLocateAndIspService: ActionHandler = (context) => {
  const domains = readDomains(context, 1);
  const window = readFixedWindow(context, HOUR_MS, 93, BUCKET_MS / 1000);
  const isp = context.str('IspNameEn');
  if (isp?.includes(',')) throw invalidParameter('IspNameEn', 'Only one ISP can be queried at a time.');
  const locations = context.list('LocationNameEn');
  const cells = cellsFor(locations, isp);
  const result: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const at of pointsOf(window, context.clock.now())) {
    const whole = sampleOf(domains, at, at + BUCKET_MS);
    const point: Record<string, Record<string, unknown>> = {};
    for (const cell of cells) {
      const sample = scaled(whole, cell.share);
      const bandwidth = figures.bps(sample, BUCKET_MS / 1000);
      const pv = Math.round(sample.requests);
      (point[cell.location] ??= {})[cell.isp] = {
        http_codes: Object.fromEntries(figures.codeCounts(sample)),
        rt: pv > 0 ? 150 + (hashOf(`rt:${domains[0]!.DomainName}@${at}/${cell.location}/${cell.isp}`) % 1850) : 0,
        bandwidth,
        avg_speed: pv > 0 ? Math.round(bandwidth / pv) : 0,
        pv,
        hit_rate: round2(figures.byteHitRate(sample)),
        request_hit_rate: round2(figures.reqHitRate(sample)),
      };
    }
    result[String(at / 1000)] = point;
  }
  return { JsonResult: JSON.stringify(result) };
};
