import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { jobInfoOutput, transcodeTaskOutput } from './task-schema.js';

export const getTranscodeTask = defineTool({
  action: 'GetTranscodeTask',
  title: 'Get transcode task',
  toolset: 'transcode_tasks',
  tier: 'read',
  tierReason: 'Reads one transcode task.',
  description: 'Get a transcode task with each job’s status, progress, errors and output file (URL, resolution, bitrate, size).',
  input: z.strictObject({
    TranscodeTaskId: z.string().min(1).describe('Transcode task ID.'),
  }),
  output: response({ TranscodeTask: transcodeTaskOutput.extend({ TranscodeJobInfoList: out.list(jobInfoOutput) }) }),
});
