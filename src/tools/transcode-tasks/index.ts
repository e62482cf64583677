import type { AnyTool } from '../define-tool.js';
import { getTranscodeSummary } from './get-transcode-summary.js';
import { getTranscodeTask } from './get-transcode-task.js';
import { listTranscodeTask } from './list-transcode-task.js';

export const transcodeTasksTools: AnyTool[] = [getTranscodeSummary, listTranscodeTask, getTranscodeTask];
