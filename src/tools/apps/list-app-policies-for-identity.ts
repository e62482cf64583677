import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { identityFields } from './app-schema.js';
import { appId } from '../spec-shapes.js';

export const listAppPoliciesForIdentity = defineTool({
  action: 'ListAppPoliciesForIdentity',
  title: 'List a RAM identity’s app policies',
  toolset: 'apps',
  tier: 'read',
  tierReason: 'Lists granted policies.',
  description: 'List the app policies granted to a RAM user or role, optionally for one app (first 100).',
  input: z.strictObject({
    ...identityFields,
    AppId: appId('App ID; omit for all apps.').optional(),
  }),
  output: response({
    AppPolicyList: out.list(
      out.obj({
        AppId: out.str(),
        PolicyName: out.str(),
        PolicyType: out.str(),
        PolicyValue: out.str(),
        Description: out.str(),
        CreationTime: out.str(),
        ModificationTime: out.str(),
      }),
    ),
  }),
});
