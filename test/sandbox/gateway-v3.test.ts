import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NonceStore } from '../../src/sandbox/gateway.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { formatTimestamp, signRequestV3 } from '../../src/signing/index.js';
import { callSandbox } from '../helpers/signed-request.js';

let sandbox: Sandbox;
let videoId: string;
beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  videoId = Object.values(sandbox.state.data.videos).find((video) => video.Status === 'Normal')!.VideoId;
});
afterAll(() => sandbox.close());

interface V3Call {
  action?: string;
  params?: Record<string, string>;
  secret?: string;
  now?: Date;
  nonce?: string;
  /** Changes to the headers after signing (undefined removes one). */
  tamper?: Record<string, string | undefined>;
  body?: string;
  query?: string;
}

async function callV3(call: V3Call = {}): Promise<{ status: number; type: string; body: Record<string, unknown>; text: string }> {
  const host = new URL(sandbox.url).host;
  const signed = signRequestV3({
    method: 'POST',
    action: call.action ?? 'GetVideoInfo',
    params: call.params ?? { VideoId: videoId },
    credentials: { accessKeyId: sandbox.credentials.accessKeyId, accessKeySecret: call.secret ?? sandbox.credentials.accessKeySecret },
    now: call.now ?? new Date(),
    nonce: call.nonce ?? randomUUID(),
    host,
  });
  const headers: Record<string, string> = { ...signed.headers };
  delete headers.host;
  for (const [name, value] of Object.entries(call.tamper ?? {})) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  const response = await fetch(`${sandbox.url}/${call.query ?? ''}`, { method: 'POST', headers, body: call.body ?? signed.body });
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // XML
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', body, text };
}

describe('sandbox gateway, V3 signature (ACS3-HMAC-SHA256)', () => {
  it('answers a correctly signed call in JSON without being asked', async () => {
    const answer = await callV3();
    expect(answer.status, answer.text).toBe(200);
    expect(answer.type).toContain('application/json');
    expect((answer.body.Video as { VideoId: string }).VideoId).toBe(videoId);
  });

  it('answers XML when the Accept header asks for XML only', async () => {
    const answer = await callV3({ tamper: { accept: 'application/xml' } });
    expect(answer.status).toBe(200);
    expect(answer.text).toMatch(/^<\?xml[^>]*>\n<GetVideoInfoResponse>/);
  });

  it('refuses a wrong secret with SignatureDoesNotMatch and the server string to sign', async () => {
    const answer = await callV3({ secret: 'wrong' });
    expect(answer.status).toBe(400);
    expect(answer.body.Code).toBe('SignatureDoesNotMatch');
    expect(String(answer.body.Message)).toMatch(/server string to sign is:ACS3-HMAC-SHA256\n[0-9a-f]{64}$/);
  });

  it('refuses a changed signed header and a changed query', async () => {
    expect((await callV3({ tamper: { 'x-acs-signature-nonce': 'other' } })).body.Code).toBe('SignatureDoesNotMatch');
    expect((await callV3({ query: '?Title=injected' })).body.Code).toBe('SignatureDoesNotMatch');
  });

  it('refuses a body that is not the hashed payload', async () => {
    const answer = await callV3({ body: `VideoId=${videoId}x` });
    expect(answer.body.Code).toBe('IncompleteSignature');
  });

  it('refuses an Authorization header without its parts, another algorithm, and unsigned x-acs headers', async () => {
    expect((await callV3({ tamper: { authorization: 'ACS3-HMAC-SHA256 Credential=x' } })).body.Code).toBe('IncompleteSignature');
    expect((await callV3({ tamper: { authorization: 'ACS3-HMAC-SM9 Credential=a,SignedHeaders=host,Signature=b' } })).body.Code).toBe('IncompleteSignature');
    const unsigned = await callV3({ tamper: { 'x-acs-extra': '1' } });
    expect(unsigned.body.Code).toBe('IncompleteSignature');
    expect(String(unsigned.body.Message)).toContain('x-acs-extra');
  });

  it('names a missing x-acs header with MissingParameter', async () => {
    for (const name of ['x-acs-action', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-version']) {
      const answer = await callV3({ tamper: { [name]: undefined } });
      expect(answer.status).toBe(400);
      expect(answer.body, name).toMatchObject({ Code: 'MissingParameter', Message: `The input parameter "${name}" that is mandatory for processing this request is not supplied.` });
    }
  });

  it('refuses a stale x-acs-date with the real message, a replayed nonce, a wrong version, an unknown key', async () => {
    const stale = await callV3({ now: new Date(Date.now() - 16 * 60 * 1000) });
    expect(stale.body).toMatchObject({ Code: 'InvalidTimeStamp.Expired', Message: 'Specified time stamp or date value is expired.' });
    const staleV2 = await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId }, { override: { Timestamp: formatTimestamp(new Date(Date.now() - 16 * 60 * 1000)) } });
    expect(staleV2.body).toMatchObject({ Code: 'InvalidTimeStamp.Expired', Message: 'Specified time stamp or date value is expired.' });
    const nonce = randomUUID();
    expect((await callV3({ nonce })).status).toBe(200);
    expect((await callV3({ nonce })).body.Code).toBe('SignatureNonceUsed');
    expect((await callV3({ tamper: { 'x-acs-version': '2014-01-01' } })).body.Code).toBe('InvalidVersion');
    const unknownKey = await callV3({ tamper: { authorization: 'ACS3-HMAC-SHA256 Credential=nobody,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=00' } });
    expect(unknownKey.status).toBe(404);
    expect(unknownKey.body.Code).toBe('InvalidAccessKeyId.NotFound');
  });

  it('answers an unknown action as the V2 path does', async () => {
    const answer = await callV3({ action: 'GetEverything', params: {} });
    expect(answer.status).toBe(404);
    expect(answer.body.Code).toBe('InvalidAction.NotFound');
  });
});

describe('NonceStore', () => {
  it('refuses a nonce within the window and forgets it after', () => {
    const store = new NonceStore(1000);
    expect(store.remember('a', 0)).toBe(true);
    expect(store.remember('a', 999)).toBe(false);
    expect(store.remember('b', 1500)).toBe(true);
    expect(store.size).toBe(1);
    expect(store.remember('a', 1501)).toBe(true);
  });

  it('expires from the front only: a live nonce stops the sweep', () => {
    const store = new NonceStore(1000);
    for (let i = 0; i < 100; i++) store.remember(`n${i}`, i * 10);
    store.remember('late', 1500);
    // At 1500, n0..n49 (seen at 0..490) are more than 1000 ms old; n50 (at 500) and later are live.
    expect(store.size).toBe(50 + 1);
  });

  it('holds at most its capacity, forgetting the oldest first', () => {
    const store = new NonceStore(60_000, 3);
    for (const nonce of ['a', 'b', 'c', 'd']) store.remember(nonce, 0);
    expect(store.size).toBe(3);
    expect(store.remember('d', 1)).toBe(false);
    expect(store.remember('a', 1)).toBe(true);
  });
});
