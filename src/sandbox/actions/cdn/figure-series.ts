import type { ActionContext } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { cdnState, type DomainRecord } from './cdn-state.js';
import { intervalsOf, type Window } from './monitoring-window.js';
import { addFigures, bucketFigures, directoryRefreshTimes, NO_FIGURES, scaleFigures, type Figures } from './origin-model.js';

export interface IntervalFigures extends Figures {
  TimeStamp: string;
}

/**
 * Mean rates per interval of the window (up to now), summed over the domains: the same buckets, order and averaging
 * as DescribeVodDomainBpsData, so the edge figures equal its values and the origin figures are a share of them.
 */
export function figureSeries(context: ActionContext, domains: readonly DomainRecord[], window: Window, factor = 1): IntervalFigures[] {
  const state = cdnState(context);
  const refreshes = domains.map((domain) => directoryRefreshTimes(state, domain));
  return intervalsOf(window, context.clock.now()).map(({ at, buckets }) => {
    let sum = NO_FIGURES;
    for (const bucket of buckets) domains.forEach((domain, index) => (sum = addFigures(sum, bucketFigures(domain, bucket, factor, refreshes[index]!))));
    return { TimeStamp: isoSeconds(at), ...scaleFigures(sum, 1 / buckets.length) };
  });
}

/** A ratio as the service writes it: a percentage with two decimals ("94.37"), "0" when nothing was served. */
export const percent = (part: number, whole: number): string => (whole > 0 ? (Math.round((part / whole) * 10_000) / 100).toString() : '0');

/** A rate as a whole number in text. */
export const whole = (value: number): string => String(Math.round(value));

/** The window every series answer names. */
export function windowFields(domains: readonly DomainRecord[], window: Window) {
  return {
    DomainName: domains.map((domain) => domain.DomainName).join(','),
    DataInterval: String(window.interval),
    StartTime: isoSeconds(window.start),
    EndTime: isoSeconds(window.end),
  };
}
