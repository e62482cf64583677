import { existsSync, readFileSync } from 'node:fs';
import type { Tool } from '@modelcontextprotocol/server';
import type { AnyTool } from '../tools/define-tool.js';
import { importToolModule } from './tool-modules.js';
import { toMcpTool } from './tool-runtime.js';

/** What the server needs of a tool before its first call: selection, confirmation, prompts, check tools. */
export type ToolInfo = Pick<AnyTool, 'name' | 'kind' | 'action' | 'title' | 'toolset' | 'tier' | 'view'>;

/** A tool as the server serves it: its published MCP view, and its definition loaded on demand. */
export interface ServedTool extends ToolInfo {
  /** Exactly what toMcpTool() makes of the definition (before confirmation adds its token argument). */
  readonly published: Tool;
  /** The definition (zod schemas, handler); its module is imported on the first call. */
  load(): Promise<AnyTool>;
}

/** One tool of the build-time manifest (scripts/gen-tool-manifest.mjs writes it from the built tools). */
export interface ManifestTool extends ToolInfo {
  /** The module that exports the definition, relative to this file's directory, and the export's name. */
  readonly module: string;
  readonly export: string;
  readonly published: Tool;
}

export interface ToolManifest {
  readonly tools: readonly ManifestTool[];
}

export const MANIFEST_FILE = 'tool-manifest.json';

/** Every tool of the catalog, in catalog order. */
export interface ToolCatalog {
  readonly tools: readonly ServedTool[];
  /** Where the published views came from: the build-time manifest, or converting every definition now. */
  readonly source: 'manifest' | 'definitions';
}

export function isServedTool(tool: AnyTool | ServedTool): tool is ServedTool {
  return 'load' in tool && 'published' in tool;
}

/** A loaded definition served as is (its MCP view converted on first use, as tools/list always did). */
export function servedTool(tool: AnyTool): ServedTool {
  const { name, kind, action, title, toolset, tier, view } = tool;
  return {
    name,
    kind,
    action,
    title,
    toolset,
    tier,
    ...(view ? { view } : {}),
    get published() {
      return toMcpTool(tool);
    },
    load: () => Promise.resolve(tool),
  };
}

let loaded: Promise<ToolCatalog> | undefined;

/**
 * The catalog from the manifest beside this module when there is one (a build: tools/list needs no tool module,
 * and a tool's module is imported on its first call); else from the definitions (running from source).
 */
export function loadCatalog(): Promise<ToolCatalog> {
  loaded ??= (async () => {
    const file = new URL(MANIFEST_FILE, import.meta.url);
    if (existsSync(file)) return catalogFromManifest(JSON.parse(readFileSync(file, 'utf8')) as ToolManifest, file);
    const { ALL_TOOLS } = await import('../tools/all-tools.js');
    return { tools: ALL_TOOLS.map(servedTool), source: 'definitions' as const };
  })();
  return loaded;
}

export function catalogFromManifest(manifest: ToolManifest, base: URL): ToolCatalog {
  return {
    source: 'manifest',
    tools: manifest.tools.map(({ module, export: exported, ...entry }) => {
      let definition: Promise<AnyTool> | undefined;
      return {
        ...entry,
        load: () => {
          definition ??= importToolModule(module, base).then((loadedModule) => {
            const tool = loadedModule[exported] as AnyTool | undefined;
            if (!tool || tool.name !== entry.name) throw new Error(`the tool manifest is stale: ${module} has no export ${exported} named ${entry.name}; run npm run build`);
            return tool;
          });
          return definition;
        },
      };
    }),
  };
}
