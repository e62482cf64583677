// Import boundaries of src/, checked by dependency-cruiser (static and dynamic imports alike) in `npm run lint`.
// The layers, lowest first: signing, search, wire, store -> client -> tools -> mcp, resources -> server.ts -> transports ->
// runtime.ts, cli.ts. The sandbox is a separate program that shares only signing, search, wire and data/.
const layer = (name) => `^src/${name}`;
const mustNot = (name, from, to, comment) => ({ name, comment, severity: 'error', from: { path: from }, to: { path: to } });

module.exports = {
  forbidden: [
    mustNot('signing-is-pure', layer('signing/'), '^src/(?!signing/)', 'Signing functions depend on nothing else of ours.'),
    mustNot('search-is-pure', layer('search/'), '^src/(?!search/)', 'The search language is shared by the tools and the sandbox.'),
    mustNot('wire-is-pure', layer('wire/'), '^src/(?!wire/)', 'Facts about the real service\'s wire format (from the official models), shared by the client and the sandbox.'),
    mustNot('store-is-low', layer('store/'), '^src/(?!store/)', 'Shared state (memory or Redis) knows nothing of ours: its users adapt to it (structural interfaces).'),
    mustNot('client-below-tools', layer('client/'), '^src/(?!client/|signing/|wire/|store/|log\\.ts)', 'The API client knows no tools, MCP or sandbox.'),
    mustNot('tools-below-mcp', layer('tools/'), '^src/(mcp|resources|transports|sandbox)/|^src/(server|runtime|cli|config)\\.ts$', 'Tools are plain definitions; MCP wiring lives above them.'),
    mustNot('mcp-knows-no-transport', layer('mcp/'), '^src/(transports|sandbox|resources)/|^src/(server|runtime|cli)\\.ts$', 'The MCP tool runtime and confirmation know no transport.'),
    mustNot('resources-know-no-transport', layer('resources/'), '^src/(transports|sandbox|tools)/|^src/(server|runtime|cli)\\.ts$', 'Resources read through the client, like tools.'),
    mustNot('views-know-no-tools', layer('views/'), '^src/(tools|mcp|resources|transports|sandbox)/|^src/(server|runtime|cli)\\.ts$', 'MCP Apps views: the registry of ui:// resources reads through the client; tools name a view by a string.'),
    mustNot('server-knows-no-transport', '^src/server\\.ts$', '^src/(transports|sandbox)/|^src/(runtime|cli)\\.ts$', 'createServer() knows nothing of transports or the sandbox.'),
    mustNot('transports-serve-any-server', layer('transports/'), '^src/(tools|sandbox|resources|client)/|^src/(runtime|cli)\\.ts$', 'A transport serves whatever server it is given.'),
    mustNot('sandbox-is-separate', layer('sandbox/'), '^src/(?!sandbox/|signing/|search/|wire/)', 'The sandbox is an independent reading of the spec: it shares only signing, search and wire facts.'),
    mustNot('nothing-imports-the-cli', '^src/', '^src/cli\\.ts$', 'cli.ts is the entry point.'),
    mustNot('src-never-imports-tests', '^src/', '^(test|scripts|bench)/', 'The package ships src only.'),
    { name: 'no-circular', severity: 'error', comment: 'Cycles hide layering mistakes (type-only imports excepted).', from: {}, to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } } },
    { name: 'no-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'], exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
