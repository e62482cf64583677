// The floor for a warm tools/list of a given size over stdio: answers tools/list with the given JSON text, already
// serialized and encoded (no MCP server at all), so only the pipe and the client's reading of those bytes are timed.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const result = readFileSync(process.argv[2]);
createInterface({ input: process.stdin }).on('line', (line) => {
  const { id, method } = JSON.parse(line);
  if (id === undefined) return;
  process.stdout.cork();
  process.stdout.write(`{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":`);
  process.stdout.write(method === 'tools/list' ? result : '{}');
  process.stdout.write('}\n');
  process.stdout.uncork();
});
