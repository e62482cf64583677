import type { Server } from '@modelcontextprotocol/server';
import { serveStdio as serveBothEras } from '@modelcontextprotocol/server/stdio';
import type { Logger } from '../log.js';
import { plainErrorMessages } from './plain-errors.js';
import { StdioLineTransport } from './stdio-lines.js';

/** A server for one connection (or one discarded server/discover probe), and what ends it. */
export type ServerFactory = () => { readonly server: Server; close(): Promise<void> };

/**
 * Both protocol eras on stdin/stdout: the SDK's serving entry lets the opening exchange pick the era (a 2025
 * `initialize`, or a 2026-07-28 request with its envelope) and pins one server from the factory to the connection.
 * Resolves when stdin ends.
 */
export async function serveStdio(factory: ServerFactory, logger: Logger): Promise<void> {
  const transport = plainErrorMessages(new StdioLineTransport());
  transport.onoversized = ({ bytes, requestId }) =>
    logger.warn(
      `stdio: discarded a ${bytes}-byte message, over the limit of one message; ${requestId === undefined ? 'no request id could be read, so nothing was answered' : `request ${JSON.stringify(requestId)} was answered with an error`}; still serving`,
    );
  const created: ReturnType<ServerFactory>[] = [];
  const handle = serveBothEras(
    () => {
      const made = factory();
      created.push(made);
      return made.server;
    },
    { transport, onerror: (error) => logger.warn(`stdio: ${error.message}`) },
  );
  await transport.closed;
  await handle.close().catch(() => {});
  await Promise.all(created.map((made) => made.close().catch(() => {})));
}
