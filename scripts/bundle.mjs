// Builds the MCPB bundle (build/alibabacloud-vod-mcp-<version>.mcpb) with the official @anthropic-ai/mcpb CLI:
// manifest/manifest.json and the icon at the root, the built server with its production dependencies in server/.
// Run after `npm run build` (`npm run bundle` does both). Prints the bundle's path on stdout.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(repo, 'build'));
const { name, version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(repo, 'manifest', 'manifest.json'), 'utf8'));
if (manifest.version !== version) throw new Error(`manifest/manifest.json has version ${manifest.version}, package.json ${version}`);

const stage = join(out, 'mcpb');
const server = join(stage, 'server');
rmSync(stage, { recursive: true, force: true });
mkdirSync(server, { recursive: true });
for (const file of ['manifest.json', 'icon.png']) cpSync(join(repo, 'manifest', file), join(stage, file));
cpSync(join(repo, 'dist'), join(server, 'dist'), { recursive: true, filter: (source) => !source.endsWith('.map') });
for (const entry of ['data', 'assets', 'package.json', 'package-lock.json', 'README.md', 'LICENSE']) cpSync(join(repo, entry), join(server, entry), { recursive: true });

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
execFileSync(npm, ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: server, stdio: ['ignore', 'ignore', 'inherit'] });

const bundle = join(out, `${name}-${version}.mcpb`);
const mcpb = join(repo, 'node_modules', '.bin', process.platform === 'win32' ? 'mcpb.cmd' : 'mcpb');
execFileSync(mcpb, ['pack', stage, bundle], { stdio: ['ignore', 'ignore', 'inherit'] });
console.log(bundle);
