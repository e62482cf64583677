// The floor for get_video_info over stdio as an MCP server: the smallest SDK v2 server that makes the same call. One
// tool, the same serving entry, zod input schema, the same signed client (VodClient with its rate limiter), and the API's
// answer returned as text and structured content. `sandbox` starts its own embedded sandbox (as `--sandbox` does) and
// logs its address as vod-mcp does; `<endpoint> <id> <secret>` calls an endpoint elsewhere.
import { McpServer } from '@modelcontextprotocol/server';
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { z } from 'zod';
import { QPS_PER_ACCOUNT, RateLimiter, VodClient, staticCredentials } from '../dist/client/index.js';

const [first, accessKeyId, accessKeySecret] = process.argv.slice(2);
let api;
if (first === 'sandbox') {
  const { startSandbox } = await import('../dist/sandbox/index.js');
  const sandbox = await startSandbox({ log: () => {} });
  api = new VodClient({ endpoint: sandbox.url, credentials: staticCredentials(sandbox.credentials, 'floor'), rateLimiter: new RateLimiter((action) => QPS_PER_ACCOUNT[action] ?? undefined) });
  process.stderr.write(`sandbox VOD endpoint at ${sandbox.url}\n`);
} else {
  api = new VodClient({ endpoint: first, credentials: staticCredentials({ accessKeyId, accessKeySecret }, 'floor'), rateLimiter: new RateLimiter((action) => QPS_PER_ACCOUNT[action] ?? undefined) });
}

serveStdio(() => {
  const server = new McpServer({ name: 'one-call', version: '1.0.0' });
  server.registerTool('get_video_info', { description: 'Get a video.', inputSchema: z.object({ VideoId: z.string().min(1) }) }, async ({ VideoId }, ctx) => {
    const response = await api.call('GetVideoInfo', { VideoId }, { idempotent: true, signal: ctx.mcpReq?.signal });
    return { content: [{ type: 'text', text: JSON.stringify(response) }], structuredContent: response };
  });
  return server;
});
