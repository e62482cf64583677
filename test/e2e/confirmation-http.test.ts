import { spawnSync } from 'node:child_process';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema, type ElicitResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { CLI, textOf } from '../helpers/mcp-client.js';

// Each test starts server processes: on a loaded machine that alone can take seconds.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

// Confirmation over Streamable HTTP: the elicitation travels on the tools/call's own stream, HTTP sessions of one
// process share its tokens, and a session that can elicit never redeems one.
let server: HttpServerProcess;
let url = '';
const clients: Client[] = [];

beforeAll(async () => {
  server = await spawnHttpServer(['--sandbox', '--confirm-timeout', '5000']);
  url = server.url;
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  server?.stop();
});

async function connect(answer?: () => Promise<ElicitResult>): Promise<Client> {
  const client = new Client({ name: 'http-confirm', version: '1' }, answer ? { capabilities: { elicitation: { form: {} } } } : {});
  if (answer) client.setRequestHandler(ElicitRequestSchema, answer);
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  clients.push(client);
  return client;
}

let reader: Client;
const videoIds = async (count: number): Promise<string[]> => {
  reader ??= await connect();
  const result = await reader.callTool({ name: 'search_media', arguments: { SearchType: 'video', PageSize: 50, Match: "Status in ('Normal')" } });
  expect(result.isError, textOf(result)).toBeFalsy();
  const list = (result.structuredContent as { MediaList: { MediaId: string }[] }).MediaList;
  return list.slice(0, count).map((item) => item.MediaId);
};
const exists = async (id: string) => !(await reader.callTool({ name: 'get_video_info', arguments: { VideoId: id } })).isError;

describe('confirmation over Streamable HTTP', () => {
  it('a decline executes nothing; an accept executes', async () => {
    const [id] = await videoIds(1);
    const declining = await connect(async () => ({ action: 'decline' }));
    const declined = await declining.callTool({ name: 'delete_video', arguments: { VideoIds: [id] } });
    expect(textOf(declined)).toMatch(/NOT CONFIRMED/);
    expect(await exists(id!)).toBe(true);
    const accepting = await connect(async () => ({ action: 'accept', content: { confirm: true } }));
    const accepted = await accepting.callTool({ name: 'delete_video', arguments: { VideoIds: [id] } });
    expect(accepted.isError, textOf(accepted)).toBeFalsy();
    expect(await exists(id!)).toBe(false);
  });

  it('a human who does not answer within --confirm-timeout executes nothing', async () => {
    const [id] = await videoIds(1);
    const silent = await connect(() => new Promise(() => {}));
    const result = await silent.callTool({ name: 'delete_video', arguments: { VideoIds: [id] } });
    expect(textOf(result)).toMatch(/NOT CONFIRMED.*no answer came within 5 s/s);
    expect(await exists(id!)).toBe(true);
  });

  it('sessions of one process share its tokens; a session that can elicit refuses them', async () => {
    const [id] = await videoIds(1);
    const minting = await connect();
    const first = await minting.callTool({ name: 'delete_video', arguments: { VideoIds: [id] } });
    const token = (first.structuredContent as { token: string }).token;
    const eliciting = await connect(async () => ({ action: 'accept', content: { confirm: true } }));
    const refused = await eliciting.callTool({ name: 'delete_video', arguments: { VideoIds: [id], ConfirmationToken: token } });
    expect(textOf(refused)).toMatch(/ConfirmationToken is not accepted/);
    expect(await exists(id!)).toBe(true);
    const other = await connect();
    const redeemed = await other.callTool({ name: 'delete_video', arguments: { VideoIds: [id], ConfirmationToken: token } });
    expect(redeemed.isError, textOf(redeemed)).toBeFalsy();
    expect(await exists(id!)).toBe(false);
  });
});

describe('--confirm-timeout', () => {
  it('is listed in --help with its environment variable, and a bad value exits 2 with a message', () => {
    const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    expect(help.stdout).toMatch(/--confirm-timeout VALUE .*10 minutes.*VOD_MCP_CONFIRM_TIMEOUT_MS/);
    const bad = spawnSync(process.execPath, [CLI, '--sandbox', '--confirm-timeout', '5'], { encoding: 'utf8', input: '' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--confirm-timeout must be an integer 1000-86400000/);
    const badEnv = spawnSync(process.execPath, [CLI, '--sandbox'], { encoding: 'utf8', input: '', env: { PATH: process.env.PATH, VOD_MCP_CONFIRM_TIMEOUT_MS: 'soon' } });
    expect(badEnv.status).toBe(2);
  }, 30_000);
});
