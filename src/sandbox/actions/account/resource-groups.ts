import type { ActionContext } from '../../action-context.js';
import { SandboxError } from '../../errors.js';

/**
 * The sandbox account's resource groups (Resource Manager is not simulated): the default group, which holds every
 * app created without ResourceGroupId, and one more to move apps to. Errors: the manual's AddVodDomain table.
 */
export const DEFAULT_RESOURCE_GROUP_ID = 'rg-acfmsandbox00001';
export const SANDBOX_RESOURCE_GROUPS: readonly string[] = [DEFAULT_RESOURCE_GROUP_ID, 'rg-aeksandbox00002'];

const RESOURCE_GROUP_ID = /^rg-[a-z0-9]{6,32}$/;

/** The named parameter as an existing resource group, or undefined when absent. */
export function resourceGroupOf(context: ActionContext, name = 'ResourceGroupId', options: { required?: boolean } = {}): string | undefined {
  const id = options.required ? context.required(name) : context.str(name);
  if (id === undefined) return undefined;
  if (!RESOURCE_GROUP_ID.test(id)) throw new SandboxError('InvalidResourceGroupId.Malformed', 'Specified ResourceGroupId is malformed.', 400);
  if (!SANDBOX_RESOURCE_GROUPS.includes(id)) throw new SandboxError('EntityNotExists.ResourceGroup', 'The resource group does not exist.', 400);
  return id;
}
