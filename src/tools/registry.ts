import { ALL_TOOLS, API_TOOLS } from './all-tools.js';
import { checkToolIn } from './check-tool.js';
import type { AnyTool } from './define-tool.js';
import { selectFrom, type ToolFilter } from './select.js';

export { ToolFilterError, type ToolFilter } from './select.js';
export { clip, closest, suggest, MAX_ECHOED, MAX_SUGGESTED_NAME } from './names.js';

// The catalog of tool definitions (every tool module imported). The server's start-up path uses the build-time
// manifest instead (src/mcp/tool-catalog.ts), which imports a tool's module on its first call.

export function allTools(): readonly AnyTool[] {
  return ALL_TOOLS;
}

/** The tools that are one API action each (every action of the catalog, once). */
export function apiTools(): readonly AnyTool[] {
  return API_TOOLS;
}

/** Selects tools; any name that matches nothing is an error that lists the valid choices. */
export function selectTools(filter: ToolFilter = {}, tools: readonly AnyTool[] = ALL_TOOLS): AnyTool[] {
  return selectFrom(filter, tools);
}

/** After a lost answer to a call that is not safe to repeat: the read tool that shows whether it ran. */
export function checkToolFor(action: string, tools: readonly AnyTool[] = ALL_TOOLS): AnyTool | undefined {
  return checkToolIn(action, tools);
}
