import type { ActionHandler, SandboxEnv } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { storageLocation } from '../../state/media-lifecycle.js';
import { accountSlice } from './slice.js';

const MAX_CONTENT_CHARS = 2048;

/** The account's storage locations: the default one and any that holds media. */
function accountStorageLocations(env: SandboxEnv): Set<string> {
  const data = env.state.data;
  const locations = new Set([storageLocation(env)]);
  for (const record of [...Object.values(data.videos), ...Object.values(data.images), ...Object.values(data.attachedMedia)]) locations.add(record.StorageLocation);
  return locations;
}

export const setCrossdomainContent: ActionHandler = (context) => {
  const content = context.required('Content');
  const location = context.required('StorageLocation');
  if ([...content].length > MAX_CONTENT_CHARS) throw invalidParameter('Content', `At most ${MAX_CONTENT_CHARS} characters.`);
  const trimmed = content.trim();
  if (!trimmed.startsWith('<') || !trimmed.endsWith('>') || !trimmed.includes('cross-domain-policy')) {
    throw invalidParameter('Content', 'It must be a crossdomain.xml <cross-domain-policy> document.');
  }
  if (!accountStorageLocations(context).has(location)) throw invalidParameter('StorageLocation', 'It is not a storage location of this account.');
  accountSlice(context).crossdomain[location] = { StorageLocation: location, Content: content, ModificationTime: context.clock.nowIso() };
  return {};
};
