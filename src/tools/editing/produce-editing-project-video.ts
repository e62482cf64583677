import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { atLeastOneOf, out, response } from '../schema-helpers.js';
import { mediaMetadata, produceConfig, projectDescription, projectTitle, timeline } from './editing-schemas.js';
import { appId, coverUrl, userData } from '../spec-shapes.js';

export const produceEditingProjectVideo = defineTool({
  action: 'ProduceEditingProjectVideo',
  title: 'Produce video from editing project',
  toolset: 'editing',
  tier: 'write',
  tierReason: 'Creates a new video from a timeline; existing media are not changed.',
  billable: true,
  description:
    'Render a new video from a project’s timeline or a given Timeline (which creates or updates the project); give ProjectId or Timeline. ' +
    'Asynchronous: poll get_video_info with the returned MediaId.',
  input: z
    .strictObject({
      ProjectId: z.string().min(1).optional().describe('Project ID.'),
      Timeline: timeline().optional(),
      Title: projectTitle().optional(),
      Description: projectDescription().optional(),
      CoverURL: coverUrl().optional(),
      MediaMetadata: mediaMetadata().optional(),
      ProduceConfig: produceConfig().optional(),
      UserData: userData().optional(),
      AppId: appId().optional(),
    })
    .meta(atLeastOneOf('ProjectId', 'Timeline'))
    .refine((args) => args.ProjectId !== undefined || args.Timeline !== undefined, 'ProjectId or Timeline is required'),
  output: response({ MediaId: out.str(), ProjectId: out.str() }),
});
