import type { Server } from '@modelcontextprotocol/server';
import type { Logger } from '../log.js';
import { plainErrorMessages } from './plain-errors.js';
import { StdioLineTransport } from './stdio-lines.js';

export async function serveStdio(server: Server, logger: Logger): Promise<void> {
  const transport = plainErrorMessages(new StdioLineTransport());
  transport.onerror = (error) => logger.warn(`stdio: ${error.message}`);
  transport.onoversized = ({ bytes, requestId }) =>
    logger.warn(
      `stdio: discarded a ${bytes}-byte message, over the limit of one message; ${requestId === undefined ? 'no request id could be read, so nothing was answered' : `request ${JSON.stringify(requestId)} was answered with an error`}; still serving`,
    );
  const closed = new Promise<void>((resolve) => {
    transport.onclose = resolve;
  });
  await server.connect(transport);
  await closed;
}
