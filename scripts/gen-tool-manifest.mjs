// Part of `npm run build` (after tsc): writes dist/mcp/tool-manifest.json, what the server answers tools/list from
// without importing any tool module. Its data is the built server's own: every definition of the catalog
// (dist/tools/all-tools.js) converted by the server's own toMcpTool(), and the built module that exports it (imported
// on the tool's first call). Never edited by hand, never committed: dist/ is built.
import { readdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
const { ALL_TOOLS } = await import(new URL('tools/all-tools.js', dist).href);
const { toMcpTool } = await import(new URL('mcp/tool-runtime.js', dist).href);
const { MANIFEST_FILE } = await import(new URL('mcp/tool-catalog.js', dist).href);

const toolsDir = fileURLToPath(new URL('tools/', dist));
const manifestDir = fileURLToPath(new URL('mcp/', dist));
const modules = readdirSync(toolsDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.js'))
  .sort();
const definitions = new Set(ALL_TOOLS);
const homes = new Map();
for (const file of modules) {
  const path = `${toolsDir}${file}`;
  const exported = await import(pathToFileURL(path).href);
  for (const [name, value] of Object.entries(exported)) {
    if (definitions.has(value) && !homes.has(value)) homes.set(value, { module: relative(manifestDir, path).split('\\').join('/'), export: name });
  }
}
const tools = ALL_TOOLS.map((tool) => {
  const home = homes.get(tool);
  if (!home) throw new Error(`gen-tool-manifest: no module under dist/tools exports the definition of ${tool.name} by name`);
  const { name, kind, action, title, toolset, tier, view } = tool;
  return { name, kind, action, title, toolset, tier, ...(view ? { view } : {}), ...home, published: JSON.parse(JSON.stringify(toMcpTool(tool))) };
});
writeFileSync(new URL(`mcp/${MANIFEST_FILE}`, dist), JSON.stringify({ tools }) + '\n');
console.log(`gen-tool-manifest: ${tools.length} tools -> dist/mcp/${MANIFEST_FILE}`);
