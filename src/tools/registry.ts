import { ALL_TOOLS } from './all-tools.js';
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

/** Selects tools; any name that matches nothing is an error that lists the valid choices. */
export function selectTools(filter: ToolFilter = {}, tools: readonly AnyTool[] = ALL_TOOLS): AnyTool[] {
  const sets = resolveToolsets(filter.toolsets);
  const selected = new Set(tools.filter((tool) => sets.has(tool.toolset)).map((tool) => tool.name));
  const byName = new Map(tools.map((tool) => [tool.name, tool]));
  for (const entry of filter.tools ?? []) {
    const remove = entry.startsWith('-');
    const name = entry.replace(/^[+-]/, '');
    if (!byName.has(name)) {
      throw new ToolFilterError(`Unknown tool "${name}"${suggest(name, [...byName.keys()])}. Tool names are the snake_case API actions, e.g. search_media; see docs/tools.md.`);
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
        `Unknown toolset "${name}"${suggest(name, Object.keys(TOOLSETS))}. Valid: all, default, ${Object.keys(TOOLSETS).join(', ')}.`,
      );
    }
  }
  return result;
}

export function suggest(name: string, choices: readonly string[]): string {
  const best = closest(name, choices);
  return best ? ` (did you mean "${best}"?)` : '';
}

/** The closest choice by edit distance (case-insensitive), if reasonably close. */
export function closest(name: string, choices: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const choice of choices) {
    const distance = editDistance(name.toLowerCase(), choice.toLowerCase());
    if (distance < bestDistance) {
      best = choice;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
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
