import { z } from 'zod';
import { multiLine, out } from '../schema-helpers.js';

export const appName = () =>
  z
    .string()
    .max(128)
    .regex(/^[\p{Script=Han}A-Za-z0-9.@-]{1,128}$/u, "must be 1-128 Chinese characters, letters, digits, '.', '-' or '@'")
    .describe('App name, unique.');

export const appDescription = () =>
  multiLine(z.string().max(512)).describe('Description, max 512 chars.');

export const appId = (description = 'App ID.') => z.string().min(1).describe(description);

export const appInfoOutput = out.obj({
  AppId: out.str(),
  AppName: out.str(),
  Description: out.str(),
  Type: out.str(),
  Status: out.str(),
  CreationTime: out.str(),
  ModificationTime: out.str(),
});

export const POLICY_NAMES = ['VODAppFullAccess', 'VODAppReadOnlyAccess', 'VODAppAdministratorAccess'] as const;

export const identityFields = {
  IdentityType: z.enum(['RamUser', 'RamRole']).describe('Identity type.'),
  IdentityName: z.string().min(1).describe('RAM user ID or role name.'),
};

/** The service returns a list, but its examples show a bare string. */
export const nameList = () => out.list(z.string());
