import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { encryptConfig, jobIdOutput, transcodeOverrideParams } from './job-params.js';
import { exactlyOneOf, sessionId, templateGroupId, userData, videoOrReferenceId } from '../spec-shapes.js';

export const submitTranscodeJobs = defineTool({
  action: 'SubmitTranscodeJobs',
  title: 'Submit transcode jobs',
  toolset: 'processing',
  tier: 'write',
  tierReason: 'Starts transcoding, adding streams; it can be run again.',
  billable: true,
  description:
    'Transcode a video with a template group (only UploadSucc, Normal or Checking videos). Asynchronous: poll get_transcode_task with the returned TranscodeTaskId.',
  input: exactlyOneOf(
    z.strictObject({
    ...videoOrReferenceId('Video ID.'),
    TemplateGroupId: templateGroupId(),
    PipelineId: z.string().min(1).optional(),
    EncryptConfig: encryptConfig.optional(),
    OverrideParams: transcodeOverrideParams.optional(),
    Priority: z.string().regex(/^([1-9]|10)$/, 'must be 1-10').optional().describe('Queue priority 1-10 (default 6).'),
    UserData: userData().optional(),
    SessionId: sessionId('7 days').optional(),
    }),
    'VideoId',
    'ReferenceId',
  ),
  output: response({ TranscodeTaskId: out.str(), TranscodeJobs: out.list(jobIdOutput) }),
});
