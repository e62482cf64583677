import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { appIdUnlessAdministrator, identityFields, nameList, POLICY_NAMES } from './app-schema.js';
import { appId } from '../spec-shapes.js';

export const attachAppPolicyToIdentity = defineTool({
  action: 'AttachAppPolicyToIdentity',
  title: 'Grant app access to a RAM identity',
  toolset: 'apps',
  tier: 'write',
  tierReason: 'Grants access; can be revoked with detach_app_policy_from_identity.',
  idempotent: true,
  description: 'Grant a RAM user or role full, read-only or administrator access to an app. Up to 10 apps per identity.',
  input: appIdUnlessAdministrator(
    z.strictObject({
    ...identityFields,
    AppId: appId().optional(),
    PolicyNames: z.array(z.enum(POLICY_NAMES)).min(1).max(POLICY_NAMES.length).describe('Policies to grant.'),
    }),
  ),
  output: response({ NonExistPolicyNames: nameList(), FailedPolicyNames: nameList() }),
});
