import { ALL_TOOLS, API_TOOLS } from './all-tools.js';
import type { AnyTool, Tier } from './define-tool.js';
import { DEFAULT_TOOLSETS, isToolset, TOOLSETS, type Toolset } from './toolsets.js';

export interface ToolFilter {
  /** Toolset names, or `all`, or `default`. Empty/undefined = default set. */
  readonly toolsets?: readonly string[] | undefined;
  /** `name` or `+name` adds a tool, `-name` removes one. */
  readonly tools?: readonly string[] | undefined;
  /** Only `read` tools. */
  readonly readOnly?: boolean | undefined;
  /** Tiers to leave out entirely (e.g. destructive tools for a client that cannot confirm). */
  readonly excludeTiers?: readonly Tier[] | undefined;
}

export class ToolFilterError extends Error {
  override readonly name = 'ToolFilterError';
}

export function allTools(): readonly AnyTool[] {
  return ALL_TOOLS;
}

/** The tools that are one API action each (every action of the catalog, once). */
export function apiTools(): readonly AnyTool[] {
  return API_TOOLS;
}

/** Selects tools; any name that matches nothing is an error that lists the valid choices. */
export function selectTools(filter: ToolFilter = {}, tools: readonly AnyTool[] = ALL_TOOLS): AnyTool[] {
  const sets = resolveToolsets(filter.toolsets);
  const selected = new Set(tools.filter((tool) => sets.has(tool.toolset)).map((tool) => tool.name));
  const byName = new Map(tools.map((tool) => [tool.name, tool]));
  for (const entry of filter.tools ?? []) {
    const remove = entry.startsWith('-');
    const name = entry.replace(/^[+-]/, '');
    if (!byName.has(name)) {
      throw new ToolFilterError(`Unknown tool "${clip(name)}"${suggest(name, [...byName.keys()])}. Tool names are the snake_case API actions, e.g. search_media; see docs/tools.md.`);
    }
    if (remove) selected.delete(name);
    else selected.add(name);
  }
  const excluded = new Set<Tier>(filter.excludeTiers ?? []);
  if (filter.readOnly) {
    excluded.add('write');
    excluded.add('destructive');
  }
  const result = tools.filter((tool) => selected.has(tool.name) && !excluded.has(tool.tier));
  if (result.length === 0) throw new ToolFilterError('The tool filters select no tool at all; widen --toolsets or --tools.');
  return result;
}

function resolveToolsets(names: readonly string[] | undefined): Set<Toolset> {
  if (!names || names.length === 0) return new Set(DEFAULT_TOOLSETS);
  const result = new Set<Toolset>();
  for (const name of names) {
    if (name === 'all') Object.keys(TOOLSETS).forEach((key) => result.add(key as Toolset));
    else if (name === 'default') DEFAULT_TOOLSETS.forEach((key) => result.add(key));
    else if (isToolset(name)) result.add(name);
    else {
      throw new ToolFilterError(
        `Unknown toolset "${clip(name)}"${suggest(name, Object.keys(TOOLSETS))}. Valid: all, default, ${Object.keys(TOOLSETS).join(', ')}.`,
      );
    }
  }
  return result;
}

/** Names longer than this get no suggestion: no tool or argument name is nearly that long. */
export const MAX_SUGGESTED_NAME = 64;
/** The most of a caller's string that any message echoes back. */
export const MAX_ECHOED = 80;

/** A caller-supplied string fit to echo in a message: at most MAX_ECHOED characters, with its real length when cut. */
export function clip(text: string, max = MAX_ECHOED): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}... (${text.length} characters)`;
}

/**
 * After a lost answer to a call that is not safe to repeat: the read tool that shows whether it ran. The rule
 * first (AddWatermark -> ListWatermark, SubmitAIJob -> ListAIJob, SubmitSnapshotJob -> ListSnapshots), this
 * table where the read has another name.
 */
const CHECK_WITH: Readonly<Record<string, string>> = {
  CreateUploadVideo: 'SearchMedia',
  RefreshUploadVideo: 'GetVideoInfo',
  CreateUploadImage: 'SearchMedia',
  CreateUploadAttachedMedia: 'SearchMedia',
  UploadMediaByURL: 'GetURLUploadInfos',
  UploadStreamByURL: 'GetURLUploadInfos',
  SubmitTranscodeJobs: 'ListTranscodeTask',
  SubmitPreprocessJobs: 'ListTranscodeTask',
  SubmitWorkflowJob: 'ListTranscodeTask',
  ProduceEditingProjectVideo: 'SearchMedia',
  SubmitAIImageAuditJob: 'GetMediaAuditResult',
  SubmitAIMediaAuditJob: 'GetMediaAuditResult',
  SubmitAIImageJob: 'ListAIImageInfo',
  CreateAudit: 'GetAuditHistory',
  AddVodDomain: 'DescribeVodUserDomains',
  RefreshVodObjectCaches: 'DescribeVodRefreshTasks',
  PreloadVodObjectCaches: 'DescribeVodRefreshTasks',
  RefreshMediaPlayUrls: 'GetMediaRefreshJobs',
  RestoreMedia: 'BatchGetMediaInfos',
  UpdateMediaStorageClass: 'BatchGetMediaInfos',
  SubmitDigitalWatermarkExtractJob: 'GetDigitalWatermarkExtractResult',
};
const MUTATING_VERB = /^(?:Add|Create|Submit|Produce|Upload|Register|BatchSet|Set|Update|Refresh|Preload)/;

export function checkToolFor(action: string, tools: readonly AnyTool[] = ALL_TOOLS): AnyTool | undefined {
  const reads = new Map(tools.filter((tool) => tool.tier === 'read').map((tool) => [tool.action, tool]));
  const listed = CHECK_WITH[action];
  if (listed) return reads.get(listed);
  const noun = action.replace(MUTATING_VERB, '');
  if (noun === action || noun === '') return undefined;
  const nouns = [noun, noun.replace(/Jobs?$/, '')].filter(Boolean);
  const plural = (word: string) => (word.endsWith('y') ? `${word.slice(0, -1)}ies` : word.endsWith('s') ? word : `${word}s`);
  for (const base of nouns) {
    // Listing reads first: the ID that a Get would need was in the answer that was lost.
    for (const candidate of [`List${base}`, `List${plural(base)}`, `Search${base}`, `Describe${plural(base)}`, `Describe${base}`, `Get${plural(base)}`]) {
      const tool = reads.get(candidate);
      if (tool) return tool;
    }
  }
  return undefined;
}

export function suggest(name: string, choices: readonly string[]): string {
  const best = closest(name, choices);
  return best ? ` (did you mean "${best}"?)` : '';
}

/** The closest choice by edit distance (case-insensitive), if reasonably close. */
export function closest(name: string, choices: readonly string[]): string | undefined {
  if (name.length === 0 || name.length > MAX_SUGGESTED_NAME) return undefined;
  const limit = Math.max(2, Math.floor(name.length / 3));
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const choice of choices) {
    // The distance is at least the difference in length: skip choices that cannot be close.
    if (choice.length > MAX_SUGGESTED_NAME || Math.abs(choice.length - name.length) > limit) continue;
    const distance = editDistance(lower, choice.toLowerCase());
    if (distance < bestDistance) {
      best = choice;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
