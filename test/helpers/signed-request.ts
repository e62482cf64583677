import { expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import { computeSignature, formatTimestamp, percentEncode } from '../../src/signing/index.js';
import { unwrapLists } from '../../src/client/unwrap-lists.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { allTools } from '../../src/tools/registry.js';

export interface RawAnswer {
  status: number;
  body: Record<string, unknown>;
  text: string;
  headers: Headers;
}

/**
 * An independently signed RPC request (our own common parameters, not the tools' client), for
 * driving the sandbox over HTTP exactly as any SDK would.
 */
export async function callSandbox(
  sandbox: Pick<Sandbox, 'url' | 'credentials'>,
  action: string,
  params: Record<string, string> = {},
  options: { method?: 'GET' | 'POST'; format?: 'JSON' | 'XML'; override?: Record<string, string>; secret?: string } = {},
): Promise<RawAnswer> {
  const method = options.method ?? 'POST';
  const all: Record<string, string> = {
    Action: action,
    Format: options.format ?? 'JSON',
    Version: '2017-03-21',
    AccessKeyId: sandbox.credentials.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: randomUUID(),
    Timestamp: formatTimestamp(new Date()),
    ...params,
    ...options.override,
  };
  all.Signature = options.override?.Signature ?? computeSignature(method, all, options.secret ?? sandbox.credentials.accessKeySecret);
  const query = Object.entries(all)
    .map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`)
    .join('&');
  const response =
    method === 'GET'
      ? await fetch(`${sandbox.url}/?${query}`)
      : await fetch(`${sandbox.url}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: query });
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // XML or truncated: callers look at text
  }
  return { status: response.status, body, text, headers: response.headers };
}

const outputSchemas = new Map(allTools().map((tool) => [tool.action, tool.output]));

/**
 * Calls an action and fails the test with the service's error when it does not answer 200. Returns the answer in
 * the client's flat shape (unwrapLists, as parseResponse does), which must also satisfy the output schema of the
 * action's tool: the sandbox and the tools are written independently, so each checks the other here. Tests of the
 * wire shape itself use callSandbox.
 */
export async function ok(sandbox: Pick<Sandbox, 'url' | 'credentials'>, action: string, params: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const answer = await callSandbox(sandbox, action, params);
  if (answer.status !== 200) throw new Error(`${action} answered ${answer.status}: ${answer.text}`);
  const body = unwrapLists(action, answer.body);
  const checked = outputSchemas.get(action)?.safeParse(body);
  if (checked && !checked.success) throw new Error(`${action} answer does not fit the tool's output schema: ${JSON.stringify(checked.error.issues.slice(0, 3))}`);
  return body;
}

/** Calls an action that must fail with `code` and HTTP `status`; returns the error body. */
export async function expectError(
  sandbox: Pick<Sandbox, 'url' | 'credentials'>,
  action: string,
  params: Record<string, string>,
  code: string,
  status: number,
): Promise<Record<string, unknown>> {
  const answer = await callSandbox(sandbox, action, params);
  expect({ status: answer.status, code: answer.body.Code }, answer.text).toEqual({ status, code });
  return answer.body;
}
