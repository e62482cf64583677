import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, out, response } from '../schema-helpers.js';
import { videoOutput } from './video-schema.js';
import { exactlyOneOf, referenceIds } from '../spec-shapes.js';

export const getVideoInfos = defineTool({
  action: 'GetVideoInfos',
  title: 'Get several videos',
  toolset: 'media',
  tier: 'read',
  tierReason: 'Reads video metadata.',
  description: 'Get metadata of up to 20 audios/videos at once; unknown IDs are listed in NonExistVideoIds. Fails with 404 when none exist.',
  input: exactlyOneOf(
    z.strictObject({
      VideoIds: idList(20, 'Audio/video IDs.').optional(),
      ReferenceIds: referenceIds(20).optional(),
    }),
    'VideoIds',
    'ReferenceIds',
  ),
  output: response({
    VideoList: out.list(videoOutput),
    NonExistVideoIds: out.list(z.string()),
  }),
});
