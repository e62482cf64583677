// A server in its own process for the throughput bench: `sandbox` (the embedded VOD sandbox, demo catalog, no QPS
// limits) or `bare` (node:http reading the body and answering a fixed JSON of the same size: the reference).
// Prints its URL on stdout.
import { createServer } from 'node:http';

const [kind, body = '{}'] = process.argv.slice(2);
if (kind === 'sandbox') {
  const { startSandbox } = await import('../dist/sandbox/index.js');
  const sandbox = await startSandbox({ enforceQps: false, demo: true, host: '127.0.0.1' });
  process.stdout.write(sandbox.url + '\n');
} else {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body));
  });
  server.listen(0, '127.0.0.1', () => process.stdout.write(`http://127.0.0.1:${server.address().port}\n`));
}
