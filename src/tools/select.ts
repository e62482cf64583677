import type { Tier } from './define-tool.js';
import { clip, suggest } from './names.js';
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

/** What selection needs of a tool: a tool definition, or its entry in the build-time manifest. */
export interface Selectable {
  readonly name: string;
  readonly toolset: Toolset;
  readonly tier: Tier;
}

/** Selects tools; any name that matches nothing is an error that lists the valid choices. */
export function selectFrom<T extends Selectable>(filter: ToolFilter, tools: readonly T[]): T[] {
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

