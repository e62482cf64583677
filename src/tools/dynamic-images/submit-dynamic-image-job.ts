import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { dynamicImageOverrideParams, jobIdOutput, videoId } from '../processing/job-params.js';

export const submitDynamicImageJob = defineTool({
  action: 'SubmitDynamicImageJob',
  title: 'Submit animated image job',
  toolset: 'dynamic_images',
  tier: 'write',
  tierReason: 'Creates an animated image (GIF/WebP) from a video; adds an output, changes nothing else.',
  billable: true,
  description: 'Make an animated GIF/WebP from a video clip with an animated-image template. Asynchronous: results appear in list_dynamic_image. Billed like transcoding.',
  input: z.strictObject({
    VideoId: videoId(),
    DynamicImageTemplateId: z.string().min(1).describe('Animated-image template ID.'),
    OverrideParams: dynamicImageOverrideParams.optional(),
  }),
  output: response({ DynamicImageJob: jobIdOutput.optional() }),
});
