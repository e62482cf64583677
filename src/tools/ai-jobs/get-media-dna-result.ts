import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { dnaResultOutput, mediaId } from './ai-job-schemas.js';

export const getMediaDNAResult = defineTool({
  action: 'GetMediaDNAResult',
  title: 'Get video DNA result',
  toolset: 'ai_jobs',
  tier: 'read',
  tierReason: 'Reads a DNA result.',
  description: 'Get a finished video DNA job’s duplicates: similar library videos (PrimaryKey), similarity and matching segments. Empty when none.',
  input: z.strictObject({ MediaId: mediaId() }),
  output: response({ DNAResult: dnaResultOutput }),
});
