import type { AnyTool } from '../define-tool.js';

/** Task-level tools: jobs built from several API calls (toolset tasks). */
export const taskTools: AnyTool[] = [];
