import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { PROMPTS } from '../../src/resources/prompts.js';
import { allTools } from '../../src/tools/registry.js';
import { connectStdio } from '../helpers/mcp-client.js';

// Each test starts server processes: on a loaded machine that alone can take seconds.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

// Prompts name tools; a server offers a subset. Each prompt says which of its tools this server does not offer and
// how to enable them, so an agent never calls a tool it was not given.
let sandbox: Sandbox;
const sessions: Awaited<ReturnType<typeof connectStdio>>[] = [];
beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
});
afterAll(async () => {
  await Promise.all(sessions.map((session) => session.close()));
  await sandbox.close();
});

const ARGS: Record<string, Record<string, string>> = {
  publish_video: { Title: 'Intro', FileName: 'intro.mp4' },
  review_audit_results: { VideoId: 'v1' },
  refresh_cdn_after_replace: { VideoId: 'v1' },
  monthly_usage_report: { Month: '2026-10' },
};
const TOOL_NAME = /\b[a-z]+(?:_[a-z0-9]+)+\b/g;
const known = new Set(allTools().map((tool) => tool.name));

async function promptsOf(args: string[]) {
  const session = await connectStdio(['--endpoint', sandbox.url, '--log-level', 'error', ...args], {
    env: { ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret },
  });
  sessions.push(session);
  const offered = new Set((await session.client.listTools()).tools.map((tool) => tool.name));
  const texts: Record<string, string> = {};
  for (const name of Object.keys(ARGS)) {
    const result = await session.client.getPrompt({ name, arguments: ARGS[name]! });
    texts[name] = (result.messages[0]!.content as { text: string }).text;
  }
  return { offered, texts };
}

/** Every tool the text names that this server does not offer is marked as such at each mention. */
function expectOnlyOfferedUnmarked(text: string, offered: Set<string>) {
  const [steps = '', note] = text.split('Some tools these steps name are not offered by this server');
  for (const match of steps.matchAll(TOOL_NAME)) {
    if (!known.has(match[0]) || offered.has(match[0])) continue;
    expect(steps.slice(match.index + match[0].length).startsWith(' (not enabled on this server)'), `${match[0]} named as if offered`).toBe(true);
    expect(note, `the closing note names ${match[0]}`).toContain(`- ${match[0]}`);
  }
}

describe('prompts adapt to the tools this server offers', () => {
  it('every tool a prompt names is a tool of this server', () => {
    const named = new Set<string>();
    for (const prompt of PROMPTS) for (const match of prompt.render(ARGS[prompt.name]!, (name) => name).matchAll(TOOL_NAME)) named.add(match[0]);
    const tools = [...named].filter((name) => !['vod_media', 'media_search'].includes(name) && /_/.test(name));
    expect(tools.filter((name) => !known.has(name))).toEqual([]);
    expect(tools.length).toBeGreaterThan(15);
  });

  it('default toolsets: monthly_usage_report says which tools are missing and which toolset enables them', async () => {
    const { offered, texts } = await promptsOf([]);
    const report = texts.monthly_usage_report!;
    expect(offered.has('describe_vod_storage_data')).toBe(false);
    expect(report).toContain('describe_vod_storage_data (not enabled on this server)');
    expect(report).toMatch(/- describe_vod_storage_data: in toolset \w+; enable it with --toolsets default,\w+/);
    for (const text of Object.values(texts)) expectOnlyOfferedUnmarked(text, offered);
  });

  it('--toolsets all: no prompt marks a tool as missing', async () => {
    const { texts } = await promptsOf(['--toolsets', 'all']);
    for (const text of Object.values(texts)) expect(text).not.toContain('not enabled');
  });

  it('--read-only: review_audit_results and publish_video do not offer the write steps as available', async () => {
    const { offered, texts } = await promptsOf(['--read-only']);
    expect(offered.has('create_audit')).toBe(false);
    expect(texts.review_audit_results).toContain('create_audit (not enabled on this server)');
    expect(texts.review_audit_results).toMatch(/- create_audit \(destructive\): .*without --read-only/);
    expect(texts.publish_video).toContain('create_upload_video (not enabled on this server)');
    for (const text of Object.values(texts)) expectOnlyOfferedUnmarked(text, offered);
  });
});
