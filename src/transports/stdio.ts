import type { Server } from '@modelcontextprotocol/server';
import { serveStdio as serveBothEras } from '@modelcontextprotocol/server/stdio';
import type { Logger } from '../log.js';
import type { ResourceWatch } from '../mcp/resource-watch.js';
import { listenedResources } from './listen.js';
import { plainErrorMessages } from './plain-errors.js';
import { StdioLineTransport } from './stdio-lines.js';

/** A server for one connection (or one discarded server/discover probe), and what ends it. */
export type ServerFactory = () => { readonly server: Server; close(): Promise<void> };

/**
 * Both protocol eras on stdin/stdout: the SDK's serving entry lets the opening exchange pick the era (a 2025
 * `initialize`, or a 2026-07-28 request with its envelope) and pins one server from the factory to the connection.
 * Resolves when stdin ends.
 */
export async function serveStdio(factory: ServerFactory, logger: Logger, watchResources?: ResourceWatch): Promise<void> {
  const transport = plainErrorMessages(new StdioLineTransport());
  transport.onoversized = ({ bytes, requestId }) =>
    logger.warn(
      `stdio: discarded a ${bytes}-byte message, over the limit of one message; ${requestId === undefined ? 'no request id could be read, so nothing was answered' : `request ${JSON.stringify(requestId)} was answered with an error`}; still serving`,
    );
  const created: ReturnType<ServerFactory>[] = [];
  let pinned: { readonly era: string; readonly made: ReturnType<ServerFactory> } | undefined;
  const listens = watchResources && watchListens(transport, watchResources, () => pinned);
  const handle = serveBothEras(
    (context) => {
      const made = factory();
      created.push(made);
      pinned = { era: context.era, made };
      return made.server;
    },
    { transport, onerror: (error) => logger.warn(`stdio: ${error.message}`) },
  );
  await transport.closed;
  listens?.stopAll();
  await handle.close().catch(() => {});
  await Promise.all(created.map((made) => made.close().catch(() => {})));
}

/**
 * 2026-07-28 on stdio: the SDK's entry answers `subscriptions/listen` itself and routes the pinned instance's
 * `notifications/resources/updated` onto the open streams; what it cannot know is what to watch. The listen
 * requests are seen on the way in, their URIs watched until the client cancels the listen or the connection ends.
 */
function watchListens(
  transport: StdioLineTransport,
  watch: ResourceWatch,
  pinned: () => { readonly era: string; readonly made: ReturnType<ServerFactory> } | undefined,
): { stopAll(): void } {
  const open = new Map<string | number, () => void>();
  transport.oninbound = (message) => {
    const uris = listenedResources(message);
    const id = 'id' in message ? message.id : undefined;
    // The entry pins the instance after this first look at a connection's opening message; a 2025-era connection has no listen.
    if (uris && id !== undefined && pinned()?.era !== 'legacy') {
      open.get(id)?.();
      open.set(id, watch(uris, (uri) => void pinned()?.made.server.sendResourceUpdated({ uri }).catch(() => {})));
      return;
    }
    if ('method' in message && message.method === 'notifications/cancelled' && !('id' in message)) {
      const cancelled = (message.params as { requestId?: string | number } | undefined)?.requestId;
      if (cancelled !== undefined) open.get(cancelled)?.();
      if (cancelled !== undefined) open.delete(cancelled);
    }
  };
  return {
    stopAll: () => {
      for (const stop of open.values()) stop();
      open.clear();
    },
  };
}
