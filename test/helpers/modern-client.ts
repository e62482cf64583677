import { Client, StreamableHTTPClientTransport, type ElicitResult } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { CLI } from './mcp-client.js';

export interface ModernSession {
  readonly client: Client;
  close(): Promise<void>;
}

export interface ModernOptions {
  /** Declares form elicitation and answers every (in-band) confirmation form with this. */
  readonly elicit?: (message: string) => ElicitResult;
  /** Manual multi-round-trip: input_required results are handed back (with allowInputRequired) instead of fulfilled. */
  readonly manual?: boolean;
}

function newClient(options: ModernOptions): Client {
  const client = new Client(
    { name: 'vod-mcp-test-v2', version: '1.0.0' },
    {
      // 'auto' probes with server/discover and falls back to initialize only against a 2025-only server.
      versionNegotiation: { mode: 'auto' },
      capabilities: options.elicit || options.manual ? { elicitation: { form: {} } } : {},
      ...(options.manual ? { inputRequired: { autoFulfill: false } } : {}),
    },
  );
  const elicit = options.elicit;
  if (elicit) client.setRequestHandler('elicitation/create', async (request) => elicit(request.params.message));
  return client;
}

/** The v2 SDK Client over stdio against the built server, negotiating the newest era both sides speak. */
export async function connectModernStdio(args: string[], env: Record<string, string>, options: ModernOptions = {}): Promise<ModernSession> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, ...args],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', ...env },
    stderr: 'ignore',
  });
  const client = newClient(options);
  await client.connect(transport);
  return { client, close: () => client.close() };
}

/** The v2 SDK Client over Streamable HTTP. */
export async function connectModernHttp(url: string, headers: Record<string, string> = {}, options: ModernOptions = {}): Promise<ModernSession> {
  const client = newClient(options);
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  return { client, close: () => client.close() };
}
