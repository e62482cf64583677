import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Confirmation } from '../../src/mcp/confirmation.js';
import type { ToolInfo, ToolManifest } from '../../src/mcp/tool-catalog.js';
import { toMcpTool } from '../../src/mcp/tool-runtime.js';
import { selectTools } from '../../src/tools/registry.js';
import { connectStdio, textOf } from '../helpers/mcp-client.js';
import { connectModernStdio } from '../helpers/modern-client.js';

// The built server answers tools/list from dist/mcp/tool-manifest.json (written by `npm run build`) and imports a
// tool's module on its first call. What it publishes must be byte for byte a fresh conversion of the definitions.
const MANIFEST = new URL('../../dist/mcp/tool-manifest.json', import.meta.url);
const passThrough = z.object({ tools: z.array(z.unknown()) }).passthrough();

interface Case {
  readonly args: string[];
  readonly filter: Parameters<typeof selectTools>[0];
  readonly confirm?: 'destructive' | 'write' | 'never';
  readonly via?: 'auto' | 'elicitation';
}
const CASES: Record<string, Case> = {
  default: { args: [], filter: {} },
  'all toolsets': { args: ['--toolsets', 'all'], filter: { toolsets: ['all'] } },
  'read-only': { args: ['--toolsets', 'all', '--read-only'], filter: { toolsets: ['all'], readOnly: true } },
  'one toolset plus and minus a tool': { args: ['--toolsets', 'cdn_logs', '--tools', '+delete_video,-describe_vod_domain_log'], filter: { toolsets: ['cdn_logs'], tools: ['+delete_video', '-describe_vod_domain_log'] } },
  'confirm write': { args: ['--toolsets', 'media,tasks,bulk', '--confirm', 'write'], filter: { toolsets: ['media', 'tasks', 'bulk'] }, confirm: 'write' },
  'confirm via elicitation': { args: ['--toolsets', 'media', '--confirm-via', 'elicitation'], filter: { toolsets: ['media'] }, via: 'elicitation' },
};

/** A fresh conversion from the definitions (src/, no manifest), published for a client that can or cannot elicit. */
function fresh(testCase: Case, canElicit: boolean): string {
  const confirmation = new Confirmation({ confirm: testCase.confirm ?? 'destructive', via: testCase.via ?? 'auto' });
  const tools = selectTools(testCase.filter).filter((tool) => confirmation.isOffered(tool, canElicit));
  return JSON.stringify(tools.map((tool) => confirmation.publish(tool, toMcpTool(tool), canElicit)));
}

describe('tools/list from the build-time manifest', () => {
  it('is written by the build, for every tool of the catalog, with the facts selection and view links use', () => {
    expect(existsSync(MANIFEST), 'dist/mcp/tool-manifest.json is missing: npm run build writes it').toBe(true);
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as ToolManifest;
    const all = selectTools({ toolsets: ['all'] });
    expect(manifest.tools.map((tool) => tool.name)).toEqual(all.map((tool) => tool.name));
    expect(JSON.stringify(manifest.tools.map((tool) => tool.published))).toBe(JSON.stringify(all.map(toMcpTool)));
    const facts = ({ name, kind, action, title, toolset, tier, view }: ToolInfo): ToolInfo => ({ name, kind, action, title, toolset, tier, view });
    expect(manifest.tools.map(facts)).toEqual(all.map(facts));
  });

  for (const [label, testCase] of Object.entries(CASES)) {
    for (const canElicit of [false, true]) {
      const who = canElicit ? 'a client that elicits' : 'a client that cannot elicit';
      it(`${label}, 2025 era, ${who}: byte-identical to a fresh conversion`, { timeout: 60_000 }, async () => {
        const session = await connectStdio(['--sandbox', ...testCase.args], { capabilities: { capabilities: canElicit ? { elicitation: {} } : {} } });
        try {
          const { tools } = await session.client.request({ method: 'tools/list', params: {} }, passThrough);
          expect(JSON.stringify(tools)).toBe(fresh(testCase, canElicit));
        } finally {
          await session.close();
        }
      });
    }
    it(`${label}, 2026-07-28 era: byte-identical to a fresh conversion`, { timeout: 60_000 }, async () => {
      const session = await connectModernStdio(['--sandbox', ...testCase.args], {});
      try {
        // A raw request: the client's own parsing of tools/list reorders keys, and the bytes are what is compared.
        const { tools } = await session.client.request({ method: 'tools/list', params: {} }, passThrough);
        expect(JSON.stringify(tools)).toBe(fresh(testCase, false));
      } finally {
        await session.close();
      }
    });
  }

  it('calls a tool whose module was not loaded yet, and its input errors are the same as ever', { timeout: 60_000 }, async () => {
    const session = await connectStdio(['--sandbox', '--toolsets', 'all']);
    try {
      const listed = await session.client.callTool({ name: 'list_ai_template', arguments: { TemplateType: 'AIMediaAudit' } });
      expect(listed.isError, textOf(listed)).toBeFalsy();
      const refused = await session.client.callTool({ name: 'get_video_info', arguments: { VideoID: 'x' } });
      expect(refused.isError).toBe(true);
      expect(JSON.stringify(refused.content)).toMatch(/Unknown argument \\"VideoID\\" \(did you mean \\"VideoId\\"\?\)/);
    } finally {
      await session.close();
    }
  });
});
