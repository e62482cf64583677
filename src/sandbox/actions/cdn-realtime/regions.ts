import { filterFactor } from '../cdn/traffic-model.js';

/** The regions and ISPs the breakdowns (detail and region/ISP data) split traffic over, in the API's English names. */
export const LOCATIONS = ['shanghai', 'beijing', 'guangdong', 'zhejiang', 'jiangsu', 'sichuan'] as const;
export const ISPS = ['telecom', 'unicom', 'mobile'] as const;

export interface Cell {
  location: string;
  isp: string;
  /** The cell's part of the unfiltered total. */
  share: number;
}

/** Each name's part of the whole: the traffic model's filter factors, normalized over the known names. */
function split(names: readonly string[], factorOf: (name: string) => number): [string, number][] {
  const total = names.reduce((sum, name) => sum + factorOf(name), 0);
  return names.map((name) => [name, factorOf(name) / total]);
}

/**
 * The region x ISP cells of a breakdown. A filtered dimension keeps the requested names, each with the traffic
 * model's filter factor (what the series actions answer for that filter); an unfiltered one is split over the
 * known names, so the cells add up to the (filtered) total.
 */
export function cellsFor(locations: readonly string[] | undefined, isp: string | undefined): Cell[] {
  const byLocation: [string, number][] = locations?.length
    ? locations.map((name) => [name, filterFactor(undefined, name)])
    : split(LOCATIONS, (name) => filterFactor(undefined, name));
  const byIsp: [string, number][] = isp !== undefined ? [[isp, filterFactor(isp, undefined)]] : split(ISPS, (name) => filterFactor(name, undefined));
  return byLocation.flatMap(([location, locationShare]) => byIsp.map(([ispName, ispShare]) => ({ location, isp: ispName, share: locationShare * ispShare })));
}
