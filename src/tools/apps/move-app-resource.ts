import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, response } from '../schema-helpers.js';
import { nameList } from './app-schema.js';
import { appId } from '../spec-shapes.js';

export const moveAppResource = defineTool({
  action: 'MoveAppResource',
  title: 'Move media to another app',
  toolset: 'apps',
  tier: 'destructive',
  tierReason: 'Moves media between apps; users of the source app lose access.',
  idempotent: true,
  description: 'Move videos, images or attached media to another app. Media still uploading or processing fail (FailedResourceIds); unknown IDs go to NonExistResourceIds.',
  input: z.strictObject({
    TargetAppId: appId('Target app ID.'),
    ResourceType: z.enum(['video', 'image', 'attached']).describe('Resource type.'),
    ResourceIds: idList(20, 'Resource IDs.'),
  }),
  output: response({ NonExistResourceIds: nameList(), FailedResourceIds: nameList() }),
});
