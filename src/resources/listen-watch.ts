import type { VodApi } from '../client/index.js';
import type { Logger } from '../log.js';
import type { ResourceWatch } from '../mcp/resource-watch.js';
import { MediaSubscriptions, type PollSettings } from './subscriptions.js';

/**
 * Media resources are polled like a 2025 resources/subscribe (src/resources/subscriptions.ts); other URIs are not
 * watched. One poller per URI serves every open stream that names it, however many streams there are; it stops
 * when the last of them ends.
 */
export function mediaResourceWatch(api: VodApi, logger: Logger, poll: PollSettings): ResourceWatch {
  const listeners = new Map<string, Set<(uri: string) => void>>();
  const polls = new MediaSubscriptions(api, async (uri) => listeners.get(uri)?.forEach((notify) => notify(uri)), logger, poll);
  return (uris, notify) => {
    const watched = [...new Set(uris)];
    for (const uri of watched) {
      const streams = listeners.get(uri) ?? new Set();
      listeners.set(uri, streams.add(notify));
      if (streams.size > 1) continue;
      polls.subscribe(uri).catch((error: unknown) => {
        logger.debug(`subscriptions/listen: ${uri} is not watched: ${(error as Error).message}`);
        if (listeners.get(uri) === streams) listeners.delete(uri);
      });
    }
    return () => {
      for (const uri of watched) {
        const streams = listeners.get(uri);
        if (!streams?.delete(notify) || streams.size > 0) continue;
        listeners.delete(uri);
        polls.unsubscribe(uri);
      }
    };
  };
}
