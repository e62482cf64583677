import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { appIdUnlessAdministrator, identityFields, nameList, POLICY_NAMES } from './app-schema.js';
import { appId } from '../spec-shapes.js';

export const detachAppPolicyFromIdentity = defineTool({
  action: 'DetachAppPolicyFromIdentity',
  title: 'Revoke app access from a RAM identity',
  toolset: 'apps',
  tier: 'destructive',
  tierReason: 'Revokes access; the identity loses access to the app at once.',
  idempotent: true,
  description: 'Revoke app policies from a RAM user or role. Policies it did not have are listed in FailedPolicyNames.',
  input: appIdUnlessAdministrator(
    z.strictObject({
    ...identityFields,
    AppId: appId().optional(),
    PolicyNames: z.array(z.enum(POLICY_NAMES)).min(1).max(POLICY_NAMES.length).describe('Policies to revoke.'),
    }),
  ),
  output: response({ NonExistPolicyNames: nameList(), FailedPolicyNames: nameList() }),
});
