// Project lint: no console.log in src (stdout is the MCP protocol), and one-way imports:
// tools -> client -> signing; signing imports nothing of ours; the sandbox may share only signing, search and wire
// (facts about the real service's wire format, derived from the official models, shared by client and sandbox).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const src = join(root, 'src');
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.ts')) files.push(path);
  }
})(src);

const layerOf = (file) => relative(src, file).split('/')[0];
/** For each layer, the layers of ours it must not import. */
const forbidden = {
  'wire': ['client', 'tools', 'sandbox', 'mcp', 'resources', 'search', 'signing', 'server.ts', 'runtime.ts', 'cli.ts', 'config.ts', 'log.ts'],
  'signing': ['client', 'tools', 'sandbox', 'mcp', 'resources', 'search', 'server.ts', 'runtime.ts', 'cli.ts', 'config.ts', 'log.ts'],
  'search': ['client', 'tools', 'sandbox', 'mcp', 'resources', 'signing', 'server.ts', 'runtime.ts', 'cli.ts'],
  'client': ['tools', 'sandbox', 'mcp', 'resources', 'server.ts', 'runtime.ts', 'cli.ts'],
  'tools': ['sandbox', 'mcp', 'resources', 'server.ts', 'runtime.ts', 'cli.ts'],
  'sandbox': ['client', 'tools', 'mcp', 'resources', 'server.ts', 'runtime.ts', 'cli.ts', 'config.ts'],
};

const problems = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const rel = relative(root, file);
  text.split('\n').forEach((line, index) => {
    if (/\bconsole\.(log|info|debug)\s*\(/.test(line)) problems.push(`${rel}:${index + 1}: console output in src (use the stderr Logger)`);
    const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '').replace(/\/\*.*?\*\//g, '');
    if (/\bas any\b|:\s*any\b|<any>/.test(code)) problems.push(`${rel}:${index + 1}: \`any\` in src`);
  });
  const layer = layerOf(file);
  for (const match of text.matchAll(/from '(\.[^']+)'/g)) {
    const target = relative(src, resolve(dirname(file), match[1]));
    const targetLayer = target.split('/')[0];
    if (targetLayer !== layer && (forbidden[layer] ?? []).includes(targetLayer)) {
      problems.push(`${rel}: imports ${match[1]} (${layer} must not depend on ${targetLayer})`);
    }
  }
}
if (problems.length) {
  process.stderr.write(problems.join('\n') + `\n${problems.length} lint problem(s)\n`);
  process.exit(1);
}
process.stdout.write(`lint: ${files.length} files ok\n`);
