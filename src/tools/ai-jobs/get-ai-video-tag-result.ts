import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { mediaId, videoTagResultOutput } from './ai-job-schemas.js';

export const getAIVideoTagResult = defineTool({
  action: 'GetAIVideoTagResult',
  title: 'Get smart tag result',
  toolset: 'ai_jobs',
  tier: 'read',
  tierReason: 'Reads tagging results.',
  description: 'Get a video’s smart tags from its last AIVideoTag job: Person, Keyword, Location, Time and Category tags with time points (ms). Empty before a job finishes.',
  input: z.strictObject({ MediaId: mediaId() }),
  output: response({ VideoTagResult: videoTagResultOutput.optional() }),
});
