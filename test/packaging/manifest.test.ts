import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../../src/config.js';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const pkg = read('package.json');
const manifest = read('manifest/manifest.json');
const serverJson = read('manifest/server.json');
/** Environment variables the server reads: its option table plus the standard credential variables. */
const KNOWN_ENV = new Set([
  ...Object.values(OPTIONS).flatMap((option) => option.env),
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
]);
const SECRET_ENV = /SECRET|ACCESS_KEY_ID|TOKEN/;

describe('MCPB manifest (manifest/manifest.json)', () => {
  it('passes the official mcpb validate', () => {
    const output = execFileSync('node_modules/.bin/mcpb', ['validate', 'manifest/manifest.json'], { encoding: 'utf8' });
    expect(output).toContain('Manifest schema validation passes');
  });

  it('has the package version and the built entry point', () => {
    expect(manifest.manifest_version).toBe('0.3');
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.server.entry_point).toBe('server/dist/bundle/cli.js');
    expect(manifest.server.mcp_config.args).toEqual(['${__dirname}/server/dist/bundle/cli.js']);
  });

  it('maps every user_config field into an environment variable the server reads, secrets marked sensitive', () => {
    const env: Record<string, string> = manifest.server.mcp_config.env;
    const used = new Set(Object.values(env).map((value) => value.match(/^\$\{user_config\.(\w+)\}$/)?.[1]));
    expect([...used].sort()).toEqual(Object.keys(manifest.user_config).sort());
    for (const [name, value] of Object.entries(env)) {
      expect(KNOWN_ENV, name).toContain(name);
      const key = value.match(/\w+(?=\}$)/)![0];
      expect(Boolean(manifest.user_config[key].sensitive), name).toBe(SECRET_ENV.test(name));
    }
  });
});

function registryRules() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  // ajv-formats is CommonJS: under NodeNext its default export is the module object.
  (formats as unknown as { default: (instance: Ajv) => void }).default(ajv);
  return ajv.compile(read('manifest/schemas/registry-server.schema.json'));
}

describe('MCP Registry entry (manifest/server.json)', () => {
  it('validates against the registry rules kept in manifest/schemas', () => {
    const validate = registryRules();
    expect(validate(serverJson), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the rules refuse what the registry refuses', () => {
    const validate = registryRules();
    const broken = [
      { ...serverJson, name: 'no-slash' },
      { ...serverJson, description: 'x'.repeat(101) },
      { ...serverJson, packages: [{ ...serverJson.packages[0], version: 'latest' }] },
      { ...serverJson, packages: [{ ...serverJson.packages[0], version: '^1.0.0' }] },
      { ...serverJson, packages: [{ ...serverJson.packages[0], registry_type: 'npm' }] },
    ];
    for (const entry of broken) expect(validate(entry)).toBe(false);
  });

  it('names the npm package, its mcpName and version, and only variables the server reads', () => {
    expect(serverJson.name).toBe(pkg.mcpName);
    expect(serverJson.version).toBe(pkg.version);
    const [npm] = serverJson.packages;
    expect(npm).toMatchObject({ registryType: 'npm', identifier: pkg.name, version: pkg.version, transport: { type: 'stdio' } });
    for (const variable of npm.environmentVariables) {
      expect(KNOWN_ENV, variable.name).toContain(variable.name);
      expect(Boolean(variable.isSecret), variable.name).toBe(SECRET_ENV.test(variable.name));
    }
  });

  it('package.json carries the registry and repository fields', () => {
    expect(pkg.license).toBe('Apache-2.0');
    expect(readFileSync('LICENSE', 'utf8')).toContain('Apache License');
    expect(pkg.repository.url).toContain(serverJson.repository.url.replace('https://', ''));
    expect(pkg.bugs.url).toMatch(/^https:\/\//);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'data', 'assets', 'LICENSE', 'CHANGELOG.md']));
  });

  it('runs the bundle (bin and MCPB entry) and ships it with its source maps', () => {
    expect(pkg.bin).toEqual({ 'vod-mcp': 'dist/bundle/cli.js' });
    expect(manifest.server.entry_point).toBe(`server/${pkg.bin['vod-mcp']}`);
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as { files: { path: string }[] }[];
    const files = new Set(packed!.files.map((file) => file.path));
    expect(files).toContain('dist/bundle/cli.js');
    expect(files).toContain('dist/bundle/cli.js.map');
    expect(files).toContain('dist/mcp/tool-manifest.json');
    const chunks = [...files].filter((file) => /^dist\/bundle\/[^/]+\.js$/.test(file));
    expect(chunks.length).toBeGreaterThan(100);
    for (const chunk of chunks) expect(files, chunk).toContain(`${chunk}.map`);
    expect([...files].filter((file) => file.endsWith('.map') && !file.startsWith('dist/bundle/'))).toEqual([]);
  }, 60_000);
});
