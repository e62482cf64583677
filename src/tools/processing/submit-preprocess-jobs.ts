import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { jobIdOutput, videoId } from './job-params.js';

export const submitPreprocessJobs = defineTool({
  action: 'SubmitPreprocessJobs',
  title: 'Submit live-director preprocess',
  toolset: 'processing',
  tier: 'write',
  tierReason: 'Transcodes a copy for the live director; the video itself is unchanged.',
  billable: true,
  description: 'Preprocess (transcode) a video for the live director (UploadSucc, Normal, Checking or Transcoding videos). Completion arrives as a TranscodeComplete callback with Preprocess=true.',
  input: z.strictObject({
    VideoId: videoId(),
    PreprocessType: z.enum(['LivePreprocess']),
  }),
  output: response({ PreprocessJobs: out.list(jobIdOutput) }),
});
