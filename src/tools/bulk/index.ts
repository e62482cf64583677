import type { AnyTool } from '../define-tool.js';

/** Bulk operations over a search: a plan (dry run), then one confirmed run with a per-item report (toolset bulk). */
export const bulkTools: AnyTool[] = [];
