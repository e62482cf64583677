import type { SandboxEnv } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { DEFAULT_APP_ID } from '../../state/sandbox-state.js';
import { editingSlice } from './editing-store.js';

/** One finished production, billed as editing usage (DescribeVodEditingUsageData). */
export interface EditingUsageEntry {
  Time: string;
  /** Length of the produced video, whole seconds (rounded up, as transcode usage is). */
  Seconds: number;
  Region: string;
  /** Output specification, codec.definition as the usage data names it (H264.HD). */
  Specification: string;
  AppId: string;
}

const MAX_USAGE_ENTRIES = 5000;

/** Definitions by the output's shorter side, as the sandbox's transcode sizes (LD 360p ... 4K 2160p). */
const DEFINITIONS: [number, string][] = [
  [360, 'LD'],
  [480, 'SD'],
  [720, 'HD'],
  [1080, 'FHD'],
  [1440, '2K'],
];

function definitionOf(width: number, height: number): string {
  const side = Math.min(width, height);
  return DEFINITIONS.find(([max]) => side <= max)?.[1] ?? '4K';
}

/**
 * The production's output specification: ProduceConfig's Width and Height, else the size of the first source video's
 * largest stream, else 1280x720 (the sources do not say what the service falls back to).
 */
export function outputSpecification(env: SandboxEnv, config: { Width?: unknown; Height?: unknown }, sources: readonly string[]): string {
  const width = Number(config.Width);
  const height = Number(config.Height);
  if (width > 0 && height > 0) return `H264.${definitionOf(width, height)}`;
  for (const id of sources) {
    const streams = env.state.data.videos[id]?.Streams.filter((stream) => stream.StreamType === 'video') ?? [];
    const largest = streams.sort((a, b) => b.Width * b.Height - a.Width * a.Height)[0];
    if (largest) return `H264.${definitionOf(largest.Width, largest.Height)}`;
  }
  return `H264.${definitionOf(1280, 720)}`;
}

export function editingUsage(env: SandboxEnv): EditingUsageEntry[] {
  return (editingSlice(env).usage ??= []);
}

export function recordEditingUsage(env: SandboxEnv, entry: EditingUsageEntry): void {
  const usage = editingUsage(env);
  usage.push(entry);
  if (usage.length > MAX_USAGE_ENTRIES) usage.shift();
}

/** Demo history: two earlier productions, so the usage query has something to show on a fresh demo sandbox. */
export function seedDemoEditingUsage(env: SandboxEnv): void {
  const ago = (hours: number) => isoSeconds(env.clock.now() - hours * 3_600_000);
  recordEditingUsage(env, { Time: ago(50), Seconds: 42, Region: env.region, Specification: 'H264.SD', AppId: DEFAULT_APP_ID });
  recordEditingUsage(env, { Time: ago(20), Seconds: 95, Region: env.region, Specification: 'H264.HD', AppId: DEFAULT_APP_ID });
}
