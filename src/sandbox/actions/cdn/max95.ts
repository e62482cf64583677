import type { ActionContext, ActionHandler } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { cdnError, cdnState, requireDomain, type DomainRecord } from './cdn-state.js';
import { DAY_MS, readRange } from './monitoring-window.js';
import { BUCKET_MS, bucketBps, sharesOf } from './traffic-model.js';

type Cycle = 'day' | 'month';

interface Span {
  start: number;
  end: number;
}

/** The UTC day or month containing `at`. */
function cycleAround(at: number, cycle: Cycle): Span {
  if (cycle === 'day') {
    const start = Math.floor(at / DAY_MS) * DAY_MS;
    return { start, end: start + DAY_MS };
  }
  const date = new Date(at);
  return { start: Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1), end: Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) };
}

/** The cycles overlapping a span, each cut to it. */
function cyclesIn(span: Span, cycle: Cycle): Span[] {
  const result: Span[] = [];
  for (let at = span.start; at < span.end; ) {
    const whole = cycleAround(at, cycle);
    result.push({ start: Math.max(whole.start, span.start), end: Math.min(whole.end, span.end) });
    at = whole.end;
  }
  return result;
}

interface Sample {
  at: number;
  total: number;
  domestic: number;
  overseas: number;
}

/** The 5-minute bandwidth samples of a span, up to now, summed over the domains. */
function samplesOf(domains: readonly DomainRecord[], span: Span, now: number): Sample[] {
  const samples: Sample[] = [];
  for (let at = Math.floor(span.start / BUCKET_MS) * BUCKET_MS; at < span.end && at < now; at += BUCKET_MS) {
    const sample = { at, total: 0, domestic: 0, overseas: 0 };
    for (const domain of domains) {
      const bps = bucketBps(domain, at);
      const overseas = bps * sharesOf(domain).overseas;
      sample.total += bps;
      sample.overseas += overseas;
      sample.domestic += bps - overseas;
    }
    samples.push(sample);
  }
  return samples;
}

/** The 95th percentile: with the samples sorted from the highest, the top 5% are dropped and the next one counts. */
function percentile95(samples: readonly Sample[], key: 'total' | 'domestic' | 'overseas', span: Span): { bps: number; at: number } {
  if (!samples.length) return { bps: 0, at: span.start };
  const sorted = [...samples].sort((a, b) => b[key] - a[key] || a.at - b.at);
  const chosen = sorted[Math.floor(sorted.length * 0.05)]!;
  return { bps: Math.round(chosen[key] * 100) / 100, at: chosen.at };
}

function readDomain(context: ActionContext): DomainRecord[] {
  const state = cdnState(context);
  const name = context.str('DomainName');
  if (name === undefined) return Object.values(state.domains);
  // Batch queries are not supported (the metadata): one domain, no list.
  if (name.includes(',')) throw cdnError(context.action, 'InvalidDomainName.Malformed');
  return [requireDomain(context, state, name.trim())];
}

/**
 * Which span the answer covers and which cycles it details (the public API reference's three query methods):
 * TimePoint (+ Cycle, default day): the cycle containing it; StartTime/EndTime + Cycle: the range, detailed per cycle;
 * StartTime/EndTime alone: the UTC day of StartTime if the range is at most 24 hours, else its month; nothing: the
 * last 24 hours (detailed per cycle when Cycle is given).
 */
function readSpan(context: ActionContext): { span: Span; details: Span[] } {
  const cycle = context.oneOf('Cycle', ['day', 'month'] as const);
  const timePoint = context.time('TimePoint');
  const range = readRange(context, 90);
  if (timePoint !== undefined) {
    const span = cycleAround(timePoint, cycle ?? 'day');
    return { span, details: [span] };
  }
  if (cycle) return { span: range, details: cyclesIn(range, cycle) };
  if (range.given) return { span: cycleAround(range.start, range.end - range.start <= DAY_MS ? 'day' : 'month'), details: [] };
  return { span: range, details: [] };
}

export const describeVodDomainMax95BpsData: ActionHandler = (context) => {
  const domains = readDomain(context);
  const { span, details } = readSpan(context);
  const now = context.clock.now();
  const samples = samplesOf(domains, span, now);
  const text = (value: number) => String(value);
  return {
    DomainName: domains.map((domain) => domain.DomainName).join(','),
    StartTime: isoSeconds(span.start),
    EndTime: isoSeconds(span.end),
    Max95Bps: text(percentile95(samples, 'total', span).bps),
    DomesticMax95Bps: text(percentile95(samples, 'domestic', span).bps),
    OverseasMax95Bps: text(percentile95(samples, 'overseas', span).bps),
    DetailData: details.flatMap((detail) => {
      const inCycle = samplesOf(domains, detail, now);
      return (
        [
          ['CN', 'domestic'],
          ['OverSeas', 'overseas'],
        ] as const
      ).map(([area, key]) => {
        const found = percentile95(inCycle, key, detail);
        return { Area: area, TimeStamp: isoSeconds(detail.start), Max95Bps: found.bps, Max95BpsPeakTime: isoSeconds(found.at) };
      });
    }),
  };
};
