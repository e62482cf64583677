
export interface HttpAnswer {
  readonly status: number;
  readonly text: string;
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])$/i;

/**
 * An endpoint as the SDKs take it: a bare host means https. A full URL is accepted too, but plain http only to a
 * loopback host (a local fake in tests, a sidecar) unless `plainHttp` says the source is plain http by nature.
 */
export function endpointUrl(hostOrUrl: string, what: string, plainHttp = false): URL {
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(hostOrUrl) ? tryUrl(hostOrUrl) : tryUrl(`https://${hostOrUrl}`);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new Error(`${what} "${hostOrUrl}" is not a host name or an http(s) URL`);
  if (url.protocol === 'http:' && !plainHttp && !LOOPBACK.test(url.hostname)) throw new Error(`${what} must use https (plain http only to a loopback host)`);
  return url;
}

function tryUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** One request with an overall deadline and no kept-alive connection; the body is read as text. */
export async function httpText(url: URL, init: { method: 'GET' | 'PUT' | 'POST'; headers?: Record<string, string>; body?: string; timeoutMs: number }): Promise<HttpAnswer> {
  const signal = AbortSignal.timeout(init.timeoutMs);
  try {
    const { request } = await import('undici');
    const response = await request(url, { method: init.method, headers: init.headers, body: init.body, signal, reset: true });
    return { status: response.statusCode, text: await response.body.text() };
  } catch (error) {
    if (signal.aborted) throw new Error(`no answer from ${url.host} within ${init.timeoutMs} ms`, { cause: error });
    throw new Error(`cannot reach ${url.host}: ${(error as Error).message}`, { cause: error });
  }
}

/** Parses a JSON object body, or says what came instead (never the body itself: it may hold keys). */
export function jsonObject(answer: HttpAnswer, from: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    throw new Error(`${from} answered HTTP ${answer.status} with a body that is not JSON (${answer.text.length} bytes)`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error(`${from} answered HTTP ${answer.status} with JSON that is not an object`);
  return body as Record<string, unknown>;
}

/** Temporary credentials as STS, the metadata service and credential URIs spell them. */
export interface WireCredentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly securityToken: string;
  /** Milliseconds since the epoch. */
  readonly expiresAt: number | undefined;
}

export function readWireCredentials(body: Record<string, unknown>, from: string): WireCredentials {
  const { AccessKeyId, AccessKeySecret, SecurityToken, Expiration } = body;
  if (typeof AccessKeyId !== 'string' || !AccessKeyId || typeof AccessKeySecret !== 'string' || !AccessKeySecret || typeof SecurityToken !== 'string' || !SecurityToken) {
    throw new Error(`${from} answered without AccessKeyId, AccessKeySecret and SecurityToken`);
  }
  let expiresAt: number | undefined;
  if (Expiration !== undefined && Expiration !== null && Expiration !== '') {
    expiresAt = typeof Expiration === 'string' ? Date.parse(Expiration) : Number.NaN;
    if (Number.isNaN(expiresAt)) throw new Error(`${from} answered an Expiration that is not a date`);
  }
  return { accessKeyId: AccessKeyId, accessKeySecret: AccessKeySecret, securityToken: SecurityToken, expiresAt };
}
