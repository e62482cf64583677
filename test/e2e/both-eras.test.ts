import { isInputRequiredResult, type CallToolResult } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfirmationTokens } from '../../src/mcp/confirmation-token.js';
import { openClaims, sealClaims } from '../../src/mcp/confirmation-state.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { spawnHttpServer, connectHttp, type HttpServerProcess } from '../helpers/http-server.js';
import { connectStdio, textOf } from '../helpers/mcp-client.js';
import { connectModernHttp, connectModernStdio, type ModernOptions, type ModernSession } from '../helpers/modern-client.js';

// Both client generations against one build: the SDK 1.32 Client (2025-11-25) and the v2 Client negotiating
// 2026-07-28, over stdio and over HTTP (the same /mcp endpoint routes each era by the SDK's classification).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const CONFIRM_KEY = 'both-eras-test-key';
const HTTP_TOKEN = 'both-eras-test-token';
let sandbox: Sandbox;
let http: HttpServerProcess;
const open: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  http = await spawnHttpServer(['--endpoint', sandbox.url, '--http-token', HTTP_TOKEN], { ...credentials(), VOD_MCP_CONFIRM_KEY: CONFIRM_KEY });
});
afterAll(async () => {
  await Promise.all(open.map((session) => session.close().catch(() => {})));
  http?.stop();
  await sandbox?.close();
});

function credentials(): Record<string, string> {
  return { ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret };
}

const deletes = () => sandbox.requests.filter((request) => request.action === 'DeleteVideo').length;
const exists = (id: string) => Boolean(sandbox.state.data.videos[id]);
const auth = { authorization: `Bearer ${HTTP_TOKEN}` };

type Transport = 'stdio' | 'http';
async function modern(transport: Transport, options: ModernOptions = {}): Promise<ModernSession> {
  const session =
    transport === 'stdio'
      ? await connectModernStdio(['--endpoint', sandbox.url], { ...credentials(), VOD_MCP_CONFIRM_KEY: CONFIRM_KEY }, options)
      : await connectModernHttp(http.url, auth, options);
  open.push(session);
  return session;
}

/** One manual round of delete_video: the input_required answer (or the final result) for this state and answer. */
async function deleteRound(session: ModernSession, id: string, retry?: { requestState: string; answer?: unknown }) {
  return session.client.request(
    {
      method: 'tools/call',
      params: {
        name: 'delete_video',
        arguments: { VideoIds: [id] },
        ...(retry ? { requestState: retry.requestState, ...(retry.answer === undefined ? {} : { inputResponses: { confirm: retry.answer } }) } : {}),
      },
    },
    { allowInputRequired: true },
  );
}

async function firstState(session: ModernSession, id: string): Promise<{ requestState: string; message: string }> {
  const asked = await deleteRound(session, id);
  if (!isInputRequiredResult(asked)) throw new Error(`expected input_required, got ${JSON.stringify(asked).slice(0, 300)}`);
  const form = asked.inputRequests?.confirm;
  expect(form?.method).toBe('elicitation/create');
  expect(typeof asked.requestState).toBe('string');
  const message = form && 'params' in form && form.params && 'message' in form.params ? String(form.params.message) : '';
  return { requestState: asked.requestState!, message };
}

function finalText(result: unknown): { isError: boolean; text: string } {
  expect(isInputRequiredResult(result)).toBe(false);
  const final = result as CallToolResult;
  return { isError: final.isError === true, text: textOf(final) };
}

const ACCEPT = { action: 'accept', content: { confirm: true } };

for (const transport of ['stdio', 'http'] as const) {
  describe(`${transport}: the v2 Client negotiating 2026-07-28`, () => {
    it('lists tools (stable order), calls a read tool, reads a resource and gets a prompt', async () => {
      const [id] = sandbox.generateMedia(1);
      const { client } = await modern(transport);
      expect(client.getNegotiatedProtocolVersion()).toBe('2026-07-28');
      const { tools } = await client.listTools();
      expect(tools.length).toBeGreaterThan(10);
      const names = tools.map((tool) => tool.name);
      expect((await client.listTools()).tools.map((tool) => tool.name)).toEqual(names);
      // Icons ship in the package as data: URIs (nothing to fetch); tools have one per tier.
      const isDataSvg = (icons: { src: string }[] | undefined) => Boolean(icons?.length && icons.every((icon) => icon.src.startsWith('data:image/svg+xml;base64,')));
      expect(tools.every((tool) => isDataSvg(tool.icons))).toBe(true);
      const byTier = (name: string) => tools.find((tool) => tool.name === name)?.icons?.[0]?.src;
      expect(byTier('delete_video')).not.toBe(byTier('get_video_info'));
      expect(isDataSvg(client.getServerVersion()?.icons)).toBe(true);
      expect((await client.listResourceTemplates()).resourceTemplates.every((template) => isDataSvg(template.icons))).toBe(true);
      const info = await client.callTool({ name: 'get_video_info', arguments: { VideoId: id } });
      expect(info.isError, textOf(info)).toBeFalsy();
      expect(textOf(info)).toContain(id);
      const resource = await client.readResource({ uri: `vod://media/video/${id}` });
      expect(JSON.stringify(resource.contents)).toContain(id);
      const { prompts } = await client.listPrompts();
      const prompt = await client.getPrompt({ name: 'monthly_usage_report', arguments: { Month: '2026-10' } });
      expect(prompts.length).toBeGreaterThan(0);
      expect(prompts.every((listed) => isDataSvg(listed.icons))).toBe(true);
      expect(prompt.messages.length).toBeGreaterThan(0);
    });

    it('accept: the in-band form shows the resolved preview, and the delete runs once', async () => {
      const [id] = sandbox.generateMedia(1);
      const messages: string[] = [];
      const { client } = await modern(transport, { elicit: (message) => (messages.push(message), { action: 'accept', content: { confirm: true } }) });
      const before = deletes();
      const result = await client.callTool({ name: 'delete_video', arguments: { VideoIds: [id] } });
      expect(result.isError, textOf(result)).toBeFalsy();
      expect(deletes()).toBe(before + 1);
      expect(exists(id!)).toBe(false);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain('Preview:');
      expect(messages[0]).toContain('<untrusted-data>');
      expect(messages[0]).toContain(id);
    });

    for (const [label, answer] of [
      ['decline', { action: 'decline' }],
      ['cancel', { action: 'cancel' }],
      ['accept without the tick', { action: 'accept', content: { confirm: false } }],
    ] as const) {
      it(`${label} executes nothing`, async () => {
        const [id] = sandbox.generateMedia(1);
        const { client } = await modern(transport, { elicit: () => answer });
        const before = deletes();
        const result = await client.callTool({ name: 'delete_video', arguments: { VideoIds: [id] } });
        expect(result.isError).toBe(true);
        expect(textOf(result)).toContain('NOT CONFIRMED');
        expect(deletes()).toBe(before);
        expect(exists(id!)).toBe(true);
      });
    }

    it('a tampered request state executes nothing', async () => {
      const [id] = sandbox.generateMedia(1);
      const session = await modern(transport, { manual: true });
      const { requestState } = await firstState(session, id!);
      const last = requestState.at(-2) === 'A' ? 'B' : 'A';
      const tampered = `${requestState.slice(0, -2)}${last}${requestState.at(-1)}`;
      const before = deletes();
      const { isError, text } = finalText(await deleteRound(session, id!, { requestState: tampered, answer: ACCEPT }));
      expect(isError).toBe(true);
      expect(text).toContain('not issued by this server or was altered');
      expect(deletes()).toBe(before);
    });

    it('a state for other arguments executes nothing', async () => {
      const [id, other] = sandbox.generateMedia(2);
      const session = await modern(transport, { manual: true });
      const { requestState } = await firstState(session, id!);
      const before = deletes();
      const { isError, text } = finalText(await deleteRound(session, other!, { requestState, answer: ACCEPT }));
      expect(isError).toBe(true);
      expect(text).toContain('other arguments');
      expect(deletes()).toBe(before);
      expect(exists(other!)).toBe(true);
    });

    it('an expired request state executes nothing', async () => {
      const [id] = sandbox.generateMedia(1);
      const session = await modern(transport, { manual: true });
      const { requestState } = await firstState(session, id!);
      // The test holds the shared key (VOD_MCP_CONFIRM_KEY), so it can seal the same claims with a past expiry.
      const key = new ConfirmationTokens({ key: CONFIRM_KEY }).deriveKey('vod-mcp confirmation request-state');
      const claims = openClaims(key, requestState);
      expect(claims).toBeDefined();
      const expired = sealClaims(key, { ...claims!, e: Date.now() - 60_000 });
      const before = deletes();
      const { isError, text } = finalText(await deleteRound(session, id!, { requestState: expired, answer: ACCEPT }));
      expect(isError).toBe(true);
      expect(text).toContain('expired');
      expect(deletes()).toBe(before);
    });

    it('accept executes once; the replayed state executes nothing', async () => {
      const [id] = sandbox.generateMedia(1);
      const session = await modern(transport, { manual: true });
      const { requestState, message } = await firstState(session, id!);
      expect(message).toContain(id);
      const before = deletes();
      const accepted = finalText(await deleteRound(session, id!, { requestState, answer: ACCEPT }));
      expect(accepted.isError, accepted.text).toBe(false);
      expect(deletes()).toBe(before + 1);
      const replayed = finalText(await deleteRound(session, id!, { requestState, answer: ACCEPT }));
      expect(replayed.isError).toBe(true);
      expect(replayed.text).toContain('already used');
      expect(deletes()).toBe(before + 1);
    });
  });

  describe(`${transport}: the SDK 1.32 Client (2025-11-25) on the same server`, () => {
    it('lists tools, calls a read tool, reads a resource, gets a prompt, and confirms by elicitation', async () => {
      const [id, doomed] = sandbox.generateMedia(2);
      const session =
        transport === 'stdio'
          ? await connectStdio(['--endpoint', sandbox.url], { env: credentials(), capabilities: { capabilities: { elicitation: { form: {} } } } })
          : await connectHttp(http.url, auth, { elicitation: { form: {} } });
      open.push({ close: () => ('end' in session ? session.end() : session.close()) });
      const { client } = session;
      const { ElicitRequestSchema } = await import('@modelcontextprotocol/sdk/types.js');
      client.setRequestHandler(ElicitRequestSchema, async () => ({ action: 'accept', content: { confirm: true } }));
      expect((await client.listTools()).tools.length).toBeGreaterThan(10);
      const info = await client.callTool({ name: 'get_video_info', arguments: { VideoId: id } });
      expect(textOf(info)).toContain(id);
      expect(JSON.stringify((await client.readResource({ uri: `vod://media/video/${id}` })).contents)).toContain(id);
      expect((await client.getPrompt({ name: 'monthly_usage_report', arguments: { Month: '2026-10' } })).messages.length).toBeGreaterThan(0);
      const before = deletes();
      const result = await client.callTool({ name: 'delete_video', arguments: { VideoIds: [doomed] } });
      expect(result.isError, textOf(result)).toBeFalsy();
      expect(deletes()).toBe(before + 1);
    });
  });
}
