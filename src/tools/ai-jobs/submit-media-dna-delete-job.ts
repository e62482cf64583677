import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { mediaId } from './ai-job-schemas.js';

export const submitMediaDNADeleteJob = defineTool({
  action: 'SubmitMediaDNADeleteJob',
  title: 'Remove video from DNA library',
  toolset: 'ai_jobs',
  tier: 'destructive',
  tierReason: 'Removes the video’s fingerprint from the DNA library; only a new DNA job adds it back.',
  idempotent: true,
  description: 'Remove a video’s fingerprint and DNA result from the DNA library, so duplicate detection no longer matches it. The video itself stays.',
  input: z.strictObject({ MediaId: mediaId() }),
  output: response({ JobId: out.str() }),
});
