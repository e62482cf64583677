import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxEnv } from '../action-context.js';

/** OSS-compatible object endpoint for uploads; answers true when it handled the request. */
export async function handleOssRequest(_req: IncomingMessage, _res: ServerResponse, _env: SandboxEnv, _body: Buffer): Promise<boolean> {
  return false;
}
