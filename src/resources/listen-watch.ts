import type { VodApi } from '../client/index.js';
import type { Logger } from '../log.js';
import { MediaSubscriptions, type PollSettings } from './subscriptions.js';

/**
 * 2026-07-28 resource subscriptions: a `subscriptions/listen` stream names the resource URIs it wants updates for
 * (there is no resources/subscribe in that era). The transport calls this with those URIs and a way to publish an
 * update onto the stream; the returned function stops watching when the stream ends.
 */
export type ResourceWatch = (uris: readonly string[], notify: (uri: string) => void) => () => void;

/** Media resources are polled like a 2025 resources/subscribe (src/resources/subscriptions.ts); other URIs are not watched. */
export function mediaResourceWatch(api: VodApi, logger: Logger, poll: PollSettings): ResourceWatch {
  return (uris, notify) => {
    const subscriptions = new MediaSubscriptions(api, async (uri) => notify(uri), logger, poll);
    let stopped = false;
    for (const uri of new Set(uris)) {
      subscriptions.subscribe(uri).then(
        // A stream that ended while the first status was read: the watch that subscribe() just added goes too.
        () => stopped && subscriptions.close(),
        (error: unknown) => logger.debug(`subscriptions/listen: ${uri} is not watched: ${(error as Error).message}`),
      );
    }
    return () => {
      stopped = true;
      subscriptions.close();
    };
  };
}
