// The floor for a tool call over stdio: no MCP server at all, only a process that reads a JSON-RPC line, makes the
// same signed GetVideoInfo call with the same client (VodClient) and writes the API's answer back as one line.
// Whatever a stdio server that calls the API does, it pays this: a pipe hop, the HTTP call, a pipe hop back.
import { createInterface } from 'node:readline';
import { staticCredentials, VodClient } from '../dist/client/index.js';

const [endpoint, accessKeyId, accessKeySecret] = process.argv.slice(2);
const api = new VodClient({ endpoint, credentials: staticCredentials({ accessKeyId, accessKeySecret }, 'relay') });
createInterface({ input: process.stdin }).on('line', async (line) => {
  const { id, method, params } = JSON.parse(line);
  if (id === undefined) return;
  const result = method === 'tools/call' ? { content: [], structuredContent: await api.call('GetVideoInfo', params.arguments, { idempotent: true }) } : {};
  process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', id, result })}\n`);
});
