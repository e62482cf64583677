import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, out, response } from '../schema-helpers.js';
import { jobInfoOutput, transcodeTaskOutput } from './task-schema.js';
import { exactlyOneOf } from '../spec-shapes.js';

export const getTranscodeTask = defineTool({
  action: 'GetTranscodeTask',
  title: 'Get transcode task',
  toolset: 'transcode_tasks',
  tier: 'read',
  tierReason: 'Reads one transcode task.',
  description: 'Get a transcode task with each job’s status, progress, errors and output file (URL, resolution, bitrate, size).',
  input: exactlyOneOf(
    z.strictObject({
      TranscodeTaskId: z.string().min(1).describe('Transcode task ID.').optional(),
      JobIds: idList(10, 'Transcode job IDs (JobId of submit_transcode_jobs).').optional(),
    }),
    'TranscodeTaskId',
    'JobIds',
  ),
  output: response({ TranscodeTask: transcodeTaskOutput.extend({ TranscodeJobInfoList: out.list(jobInfoOutput) }) }),
});
