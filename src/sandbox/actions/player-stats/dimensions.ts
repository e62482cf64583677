import type { SandboxEnv } from '../../action-context.js';
import { cdnState } from '../cdn/cdn-state.js';
import { alignDown, DAY_MS, unitHash } from '../account/time-series.js';

/** Dimension types of DescribeVodPlayerDimensionData and Filters' Field (SDK models), less Os, which has its own cells. */
export const CATALOG_DIMENSIONS = [
  'AppVersion', 'SdkVersion', 'Codec', 'VideoType', 'Network', 'Isp', 'VideoDefinition', 'Domain', 'Country', 'Province', 'ErrorCode', 'IsHw',
] as const;
export type CatalogDimension = (typeof CATALOG_DIMENSIONS)[number];
export const PLAYER_DIMENSIONS = ['Os', ...CATALOG_DIMENSIONS] as const;

export type Area = 'CN' | 'OVERSEAS';
interface Entry {
  readonly value: string;
  readonly weight: number;
  readonly area?: Area;
}

const entries = (pairs: readonly (readonly [string, number, Area?])[]): Entry[] => pairs.map(([value, weight, area]) => ({ value, weight, ...(area ? { area } : {}) }));

/**
 * The values each dimension takes in the sandbox, with their share of plays. Countries and provinces are region
 * codes (the SDK model: "for provinces and countries, pass the regionCode"): ISO 3166 codes, and China's
 * administrative division codes for its provinces. Ordered dimensions (SdkVersion, VideoDefinition) are listed in
 * ascending order, which is what Filters' `>` and `<` compare.
 */
const CATALOG: Readonly<Record<Exclude<CatalogDimension, 'Domain'>, readonly Entry[]>> = {
  AppVersion: entries([['1.0.0', 1], ['1.1.0', 2], ['2.0.0', 4], ['2.1.3', 3]]),
  SdkVersion: entries([['5.5.6', 1], ['6.8.0', 2], ['6.12.0', 4], ['7.1.0', 3]]),
  Codec: entries([['H264', 7], ['H265', 3]]),
  VideoType: entries([['MP4', 5], ['M3U8', 4], ['FLV', 1]]),
  Network: entries([['WIFI', 6], ['4G', 2], ['5G', 2]]),
  Isp: entries([
    ['China Telecom', 3, 'CN'], ['China Unicom', 2, 'CN'], ['China Mobile', 3, 'CN'],
    ['Singtel', 0.5, 'OVERSEAS'], ['NTT', 0.5, 'OVERSEAS'], ['Deutsche Telekom', 0.5, 'OVERSEAS'],
  ]),
  VideoDefinition: entries([['LD', 1], ['SD', 2], ['HD', 4], ['FHD', 3], ['2K', 0.5], ['4K', 0.3]]),
  Country: entries([['CN', 8, 'CN'], ['SG', 0.6, 'OVERSEAS'], ['JP', 0.5, 'OVERSEAS'], ['DE', 0.4, 'OVERSEAS'], ['US', 0.5, 'OVERSEAS']]),
  Province: entries([
    ['110000', 2, 'CN'], ['310000', 2, 'CN'], ['330000', 1.5, 'CN'], ['440000', 2, 'CN'], ['510000', 1, 'CN'],
    ['SG-01', 0.6, 'OVERSEAS'], ['JP-13', 0.5, 'OVERSEAS'], ['DE-BE', 0.4, 'OVERSEAS'], ['US-CA', 0.5, 'OVERSEAS'],
  ]),
  ErrorCode: entries([['4001', 1], ['4004', 1], ['4005', 3], ['4006', 2], ['4400', 1]]),
  IsHw: entries([['true', 7], ['false', 3]]),
};

/** A dimension's values, optionally only one area's (the Region of DescribeVodPlayerDimensionData). */
export function dimensionValues(env: SandboxEnv, dimension: CatalogDimension, area?: Area): string[] {
  return catalog(env, dimension)
    .filter((entry) => !area || !entry.area || entry.area === area)
    .map((entry) => entry.value);
}

function catalog(env: SandboxEnv, dimension: CatalogDimension): readonly Entry[] {
  if (dimension !== 'Domain') return CATALOG[dimension];
  // Plays go through the account's accelerated domains that serve (online).
  const online = Object.values(cdnState(env).domains).filter((domain) => domain.DomainStatus === 'online');
  return online.map((domain, index) => ({ value: domain.DomainName, weight: index === 0 ? 3 : 1 }));
}

/** The dimension value as the catalog spells it (matching is case-insensitive), or undefined. */
export function canonicalValue(env: SandboxEnv, dimension: CatalogDimension, value: string): string | undefined {
  return catalog(env, dimension).find((entry) => entry.value.toLowerCase() === value.toLowerCase())?.value;
}

/** The share of plays at `at` with this dimension value: stable weights that drift a little from day to day. */
export function dimensionShare(env: SandboxEnv, dimension: CatalogDimension, value: string, at: number): number {
  const day = alignDown(at, DAY_MS);
  const list = catalog(env, dimension);
  const weighted = list.map((entry) => [entry.value, entry.weight * (0.75 + 0.5 * unitHash(`${dimension}:${entry.value}:${day}`))] as const);
  const sum = weighted.reduce((total, [, weight]) => total + weight, 0);
  return sum ? (weighted.find(([name]) => name === value)?.[1] ?? 0) / sum : 0;
}

/** Compares two values of an ordered dimension by catalog position (versions and definitions ascend). */
export function orderOf(env: SandboxEnv, dimension: CatalogDimension, value: string): number {
  return catalog(env, dimension).findIndex((entry) => entry.value === value);
}
