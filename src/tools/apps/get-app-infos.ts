import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, out, response } from '../schema-helpers.js';
import { appInfoOutput } from './app-schema.js';

export const getAppInfos = defineTool({
  action: 'GetAppInfos',
  title: 'Get apps',
  toolset: 'apps',
  tier: 'read',
  tierReason: 'Reads app details.',
  description: 'Get apps by ID: name, description, type (System/Custom), status, times. Unknown IDs are listed in NonExistAppIds.',
  input: z.strictObject({ AppIds: idList(10, 'App IDs.') }),
  output: response({ AppInfoList: out.list(appInfoOutput), NonExistAppIds: out.list(z.string()) }),
});
