import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { extractResult, extractType, singleMediaId } from './job-schemas.js';

export const getDigitalWatermarkExtractResult = defineTool({
  action: 'GetDigitalWatermarkExtractResult',
  title: 'Get digital watermark extraction result',
  toolset: 'jobs',
  tier: 'read',
  tierReason: 'Reads extraction results.',
  description:
    'Get watermark extraction results for a video: the extracted text (WaterMarkText) once Status is Success, ErrorMessage when Failed. ' +
    'With JobId one job, without it every extraction of that type for the video.',
  input: z.strictObject({
    ExtractType: extractType(),
    MediaId: singleMediaId('Video ID (one).'),
    JobId: z.string().min(1).max(128).optional().describe('Extraction job ID; omit for all jobs of the video.'),
  }),
  output: response({ AiExtractResultList: out.list(extractResult) }),
});
