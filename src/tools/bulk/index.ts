import type { AnyTool } from '../define-tool.js';
import { getBulkJob } from './get-bulk-job.js';
import { planBulkMedia } from './plan-bulk-media.js';
import { runBulkMedia } from './run-bulk-media.js';

/** Bulk operations over a search: a plan (dry run), then one confirmed run with a per-item report (toolset bulk). */
export const bulkTools: AnyTool[] = [planBulkMedia, runBulkMedia, getBulkJob];
