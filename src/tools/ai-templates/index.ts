import type { AnyTool } from '../define-tool.js';

export const aiTemplatesTools: AnyTool[] = [];
