import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toMcpTool } from '../../src/mcp/tool-runtime.js';
import type { ToolManifest } from '../../src/mcp/tool-catalog.js';
import { ALL_TOOLS } from '../../src/tools/all-tools.js';

// The built server answers tools/list from dist/mcp/tool-manifest.json (written by npm run build). What it publishes
// must be byte for byte what converting the definitions gives now: a stale or hand-edited manifest fails here.
const manifest = JSON.parse(readFileSync(new URL('../../dist/mcp/tool-manifest.json', import.meta.url), 'utf8')) as ToolManifest;

describe('the build-time tool manifest', () => {
  it('lists every tool of the catalog, in catalog order', () => {
    expect(manifest.tools.map((tool) => tool.name)).toEqual(ALL_TOOLS.map((tool) => tool.name));
  });

  it("publishes exactly each definition's fresh conversion, and the same selection facts", () => {
    for (const [index, tool] of ALL_TOOLS.entries()) {
      const entry = manifest.tools[index]!;
      expect(JSON.stringify(entry.published), tool.name).toBe(JSON.stringify(toMcpTool(tool)));
      expect({ kind: entry.kind, action: entry.action, title: entry.title, toolset: entry.toolset, tier: entry.tier, view: entry.view }).toEqual({
        kind: tool.kind,
        action: tool.action,
        title: tool.title,
        toolset: tool.toolset,
        tier: tool.tier,
        view: tool.view,
      });
    }
  });
});
