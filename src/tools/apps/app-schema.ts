import { z } from 'zod';
import { multiLine, out } from '../schema-helpers.js';
import { HAN_RANGES } from '../spec-shapes.js';

export const appName = () =>
  z
    .string()
    .max(128)
    .regex(new RegExp(`^[${HAN_RANGES}A-Za-z0-9.@-]{1,128}$`), "must be 1-128 Chinese characters, letters, digits, '.', '-' or '@'")
    .describe('App name, unique.');

export const appDescription = () =>
  multiLine(z.string().max(512)).describe('Description, max 512 chars.');


export const appInfoOutput = out.obj({
  AppId: out.str(),
  AppName: out.str(),
  Description: out.str(),
  Type: out.str(),
  Status: out.str(),
  CreationTime: out.str(),
  ModificationTime: out.str(),
  ResourceGroupId: out.str(),
});

export const POLICY_NAMES = ['VODAppFullAccess', 'VODAppReadOnlyAccess', 'VODAppAdministratorAccess'] as const;
const ADMINISTRATOR_POLICY = 'VODAppAdministratorAccess';

/** The manual: AppId may be omitted (default app-1000000) only when the policy is VODAppAdministratorAccess. */
export function appIdUnlessAdministrator<T extends z.ZodObject<z.ZodRawShape>>(schema: T): T {
  return schema
    .superRefine((args: { AppId?: unknown; PolicyNames?: unknown }, context) => {
      const names = Array.isArray(args.PolicyNames) ? args.PolicyNames : [];
      if (args.AppId === undefined && names.some((name) => name !== ADMINISTRATOR_POLICY)) {
        context.addIssue({ code: 'custom', path: ['AppId'], message: `AppId is required unless PolicyNames is only ${ADMINISTRATOR_POLICY}` });
      }
    })
    .meta({ if: { properties: { PolicyNames: { items: { const: ADMINISTRATOR_POLICY } } } }, else: { required: ['AppId'] } }) as T;
}

export const identityFields = {
  IdentityType: z.enum(['RamUser', 'RamRole']).describe('Identity type.'),
  IdentityName: z.string().min(1).describe('RAM user ID or role name.'),
};

/** The service returns a list, but its examples show a bare string. */
export const nameList = () => out.list(z.string());
