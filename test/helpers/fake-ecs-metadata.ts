import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeMetadataOptions {
  /** The RAM role attached to the instance; none when undefined. */
  readonly roleName?: string;
  /** Refuse requests without a session token (the instance enforces IMDSv2). */
  readonly requireToken?: boolean;
  /** Answer the token PUT with 403, as an instance that predates IMDSv2 tokens. */
  readonly noTokens?: boolean;
  readonly lifetimeSeconds?: number;
  readonly now?: () => number;
}

export interface MetadataRequest {
  readonly method: string;
  readonly path: string;
  readonly token: string | undefined;
  readonly status: number;
}

export interface FakeMetadata {
  readonly url: string;
  readonly requests: MetadataRequest[];
  /** Every later credentials request answers this HTTP status (undefined: answer normally). */
  failWith(status: number | undefined): void;
  close(): Promise<void>;
}

const CREDENTIALS_PATH = '/latest/meta-data/ram/security-credentials/';

/** A loopback ECS metadata service: IMDSv2 token PUT, the role name, and the role's credentials JSON. */
export async function startFakeMetadata(options: FakeMetadataOptions = {}): Promise<FakeMetadata> {
  const now = options.now ?? Date.now;
  const tokens = new Set<string>();
  const requests: MetadataRequest[] = [];
  let failure: number | undefined;
  let serial = 0;
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

  const answer = (req: IncomingMessage): [number, string] => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const token = req.headers['x-aliyun-ecs-metadata-token'];
    if (req.method === 'PUT' && path === '/latest/api/token') {
      if (options.noTokens) return [403, 'Forbidden'];
      const ttl = Number(req.headers['x-aliyun-ecs-metadata-token-ttl-seconds']);
      if (!Number.isInteger(ttl) || ttl < 1 || ttl > 21600) return [400, 'Bad Request'];
      const issued = randomUUID();
      tokens.add(issued);
      return [200, issued];
    }
    if (req.method !== 'GET') return [405, 'Method Not Allowed'];
    if (token !== undefined && !tokens.has(String(token))) return [401, 'Unauthorized'];
    if (options.requireToken && token === undefined) return [401, 'Unauthorized'];
    if (path === CREDENTIALS_PATH) return options.roleName ? [200, options.roleName] : [404, 'Not Found'];
    if (path.startsWith(CREDENTIALS_PATH) && decodeURIComponent(path.slice(CREDENTIALS_PATH.length)) === options.roleName) {
      if (failure !== undefined) return [failure, 'Internal Server Error'];
      serial += 1;
      return [200, JSON.stringify({
        AccessKeyId: `STS.ecs-${serial}`,
        AccessKeySecret: `ecs-secret-${serial}-${randomUUID()}`,
        Expiration: iso(now() + (options.lifetimeSeconds ?? 21600) * 1000),
        SecurityToken: `ecs-token-${serial}-${randomUUID()}`,
        LastUpdated: iso(now()),
        Code: 'Success',
      })];
    }
    return [404, 'Not Found'];
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      const [status, body] = answer(req);
      const token = req.headers['x-aliyun-ecs-metadata-token'];
      requests.push({ method: req.method ?? '', path: new URL(req.url ?? '/', 'http://localhost').pathname, token: token === undefined ? undefined : String(token), status });
      res.writeHead(status, { 'content-type': body.startsWith('{') ? 'application/json' : 'text/plain' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failWith: (status) => (failure = status),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback credentials URI answering `{AccessKeyId, AccessKeySecret, SecurityToken, Expiration}` (or a status). */
export async function startFakeCredentialsUri(answer: () => [number, unknown]): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server = createServer((req, res) => {
    hits += 1;
    req.resume();
    const [status, body] = answer();
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/credentials`, hits: () => hits, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
