import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { extractType, singleMediaId } from './job-schemas.js';

export const submitDigitalWatermarkExtractJob = defineTool({
  action: 'SubmitDigitalWatermarkExtractJob',
  title: 'Extract digital watermark',
  toolset: 'jobs',
  tier: 'write',
  tierReason: 'Starts an extraction job; changes no media.',
  billable: true,
  description:
    'Start extracting the tracing (TraceMark) or copyright (CopyrightMark) watermark from one video, e.g. a leaked copy. ' +
    'Asynchronous: poll get_digital_watermark_extract_result with the returned JobId.',
  input: z.strictObject({
    ExtractType: extractType(),
    MediaId: singleMediaId('Video ID (one).'),
  }),
  output: response({ JobId: out.str() }),
});
