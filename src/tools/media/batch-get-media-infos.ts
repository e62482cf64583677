import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, out, response } from '../schema-helpers.js';
import { referenceIds } from '../spec-shapes.js';
import { mediaInfoOutput } from './media-info-output.js';

export const batchGetMediaInfos = defineTool({
  action: 'BatchGetMediaInfos',
  title: 'Get media with files and streams',
  toolset: 'media',
  tier: 'read',
  tierReason: 'Reads media metadata.',
  description:
    'Get up to 20 audios/videos (and up to 20 more by ReferenceIds) in one call: metadata with StorageClass and restore state, source file, and streams. Unknown IDs are listed in NonExistMediaIds/NonExistReferenceIds.',
  input: z.strictObject({
    MediaIds: idList(20, 'Audio/video IDs.'),
    ReferenceIds: referenceIds(20).optional(),
  }),
  output: response({
    MediaInfos: out.list(mediaInfoOutput),
    NonExistMediaIds: out.list(z.string()),
    NonExistReferenceIds: out.list(z.string()),
    ForbiddenMediaIds: out.list(z.string()).describe('IDs of media in apps you may not access.'),
  }),
});
