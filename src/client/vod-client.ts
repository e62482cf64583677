import { randomUUID } from 'node:crypto';
import type { Agent, request as undiciRequest } from 'undici';

interface HttpConnection {
  readonly agent: Agent;
  readonly request: typeof undiciRequest;
}
import { signRequest, signRequestV3, stringToSign, type SignatureVersion } from '../signing/index.js';
import type { CredentialProvider } from './credentials.js';
import { answerLost, VodApiError } from './errors.js';
import type { RateLimiter } from './rate-limiter.js';
import { unwrapLists } from './unwrap-lists.js';
import { backoffDelay, DEFAULT_RETRY_POLICY, shouldRetry, type RetryPolicy } from './retry-policy.js';

export type ApiParams = Record<string, string>;
export type ApiResponse = Record<string, unknown>;

export interface CallOptions {
  /** Safe to repeat after the request may have reached the server. */
  readonly idempotent: boolean;
  readonly signal?: AbortSignal | undefined;
  /** Called before each retry; `answerLost`: the failed attempt was sent and may have run. */
  readonly onRetry?: ((info: { code: string; answerLost: boolean }) => void) | undefined;
}

/** What tools depend on: one signed call. */
export interface VodApi {
  call(action: string, params: ApiParams, options: CallOptions): Promise<ApiResponse>;
}

export interface VodClientOptions {
  readonly endpoint: string;
  readonly credentials: CredentialProvider;
  readonly timeoutMs?: number;
  /** `v2`: spec 4.4 (HMAC-SHA1, the default); `v3`: ACS3-HMAC-SHA256. */
  readonly signatureVersion?: SignatureVersion;
  readonly retry?: RetryPolicy;
  /** Waits for a request slot of the action: a local `RateLimiter`, or an account-wide one shared by replicas. */
  readonly rateLimiter?: Pick<RateLimiter, 'acquire'>;
  readonly now?: () => Date;
  readonly nonce?: () => string;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly onRetry?: (info: { action: string; attempt: number; code: string; delayMs: number }) => void;
}

export class VodClient implements VodApi {
  /** undici is loaded on the first call, not at start-up (it is ~70 ms of a cold start that may never call). */
  private http: Promise<HttpConnection> | undefined;
  private readonly url: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: VodClientOptions) {
    this.url = options.endpoint.endsWith('/') ? options.endpoint : `${options.endpoint}/`;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /**
   * One call, retried per the policy, within one deadline: `timeoutMs` bounds the whole call, retries and backoff
   * included, so a caller never waits much longer than the timeout it configured.
   */
  async call(action: string, params: ApiParams, options: CallOptions): Promise<ApiResponse> {
    const policy = this.options.retry ?? DEFAULT_RETRY_POLICY;
    const started = Date.now();
    const deadline = AbortSignal.timeout(this.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.rateLimiter?.acquire(action);
        return await this.attempt(action, params, signal);
      } catch (caught) {
        const error = deadline.aborted && !options.signal?.aborted ? timeoutError(action, this.timeoutMs) : caught;
        if (!shouldRetry(error, attempt, options.idempotent, policy) || signal.aborted) throw await this.finalError(error, action, options);
        const delayMs = backoffDelay(attempt, policy);
        // No time left for the backoff and another attempt: the failure so far is the answer.
        if (Date.now() - started + delayMs >= this.timeoutMs) throw await this.finalError(error, action, options);
        const code = (error as VodApiError).code;
        options.onRetry?.({ code, answerLost: answerLost(error) });
        this.options.onRetry?.({ action, attempt, code, delayMs });
        await (this.options.sleep ?? defaultSleep)(delayMs);
      }
    }
  }

  /** The error the caller sees: named after the action, marked when the call may have run, credentials masked. */
  private async finalError(error: unknown, action: string, options: CallOptions): Promise<unknown> {
    if (!(error instanceof VodApiError)) return error;
    const credentials = await this.options.credentials.getCredentials().catch(() => undefined);
    return error.with({
      action: error.action && error.action !== '-' ? error.action : action,
      outcomeUnknown: !options.idempotent && answerLost(error),
      known: [credentials?.accessKeyId, credentials?.accessKeySecret, credentials?.securityToken],
    });
  }

  async close(): Promise<void> {
    if (this.http) await (await this.http).agent.close();
  }

  private connection(): Promise<HttpConnection> {
    this.http ??= import('undici').then(({ Agent, request }) => ({ agent: new Agent({ connect: { timeout: Math.min(this.timeoutMs, 10_000) } }), request }));
    return this.http;
  }

  /** Signs anew on every attempt: fresh Timestamp and SignatureNonce. */
  private async attempt(action: string, params: ApiParams, signal: AbortSignal | undefined): Promise<ApiResponse> {
    const credentials = await this.options.credentials.getCredentials();
    const input = { method: 'POST' as const, action, params, credentials, now: (this.options.now ?? (() => new Date()))(), nonce: (this.options.nonce ?? randomUUID)() };
    let headers: Record<string, string>;
    let body: string;
    let ourStringToSign: string;
    if (this.options.signatureVersion === 'v3') {
      const signed = signRequestV3({ ...input, host: new URL(this.url).host });
      // undici sends the URL's host itself, the same value that was signed.
      const { host: _host, ...rest } = signed.headers;
      headers = rest;
      body = signed.body;
      ourStringToSign = signed.stringToSign;
    } else {
      const signed = signRequest(input);
      headers = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', 'x-acs-action': action, 'x-acs-version': '2017-03-21' };
      body = new URLSearchParams(signed).toString();
      ourStringToSign = stringToSign('POST', signed);
    }
    let status: number;
    let text: string;
    const deadline = AbortSignal.timeout(this.timeoutMs);
    try {
      const { agent, request } = await this.connection();
      const response = await request(this.url, {
        method: 'POST',
        dispatcher: agent,
        headers,
        body,
        signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
      });
      status = response.statusCode;
      text = await response.body.text();
    } catch (error) {
      throw deadline.aborted && !signal?.aborted ? timeoutError(action, this.timeoutMs) : networkError(action, error);
    }
    try {
      return parseResponse(action, status, text);
    } catch (error) {
      throw error instanceof VodApiError && error.code === 'SignatureDoesNotMatch' ? explainSignatureMismatch(error, ourStringToSign) : error;
    }
  }
}

function parseResponse(action: string, status: number, text: string): ApiResponse {
  let body: ApiResponse;
  try {
    body = JSON.parse(text) as ApiResponse;
  } catch {
    throw new VodApiError({
      code: 'InvalidResponse',
      message: `The service answered HTTP ${status} with a body that is not complete JSON (${text.length} bytes).`,
      action,
      httpStatus: status,
      transient: true,
    });
  }
  const code = typeof body.Code === 'string' ? body.Code : undefined;
  if (status >= 400 || (code !== undefined && !['OK', 'Success', '200'].includes(code))) {
    const message = typeof body.Message === 'string' ? body.Message : `HTTP ${status}`;
    const error = new VodApiError({
      code: code ?? `HTTP${status}`,
      message,
      action,
      requestId: typeof body.RequestId === 'string' ? body.RequestId : undefined,
      hostId: typeof body.HostId === 'string' ? body.HostId : undefined,
      httpStatus: status,
      transient: status >= 500,
    });
    const marker = 'server string to sign is:';
    if (message.includes(marker)) SERVER_STRINGS_TO_SIGN.set(error, message.slice(message.indexOf(marker) + marker.length).trim());
    throw error;
  }
  return unwrapLists(action, body);
}

/** The string to sign the service echoed, kept beside the (masked) error only to compare it with ours. */
const SERVER_STRINGS_TO_SIGN = new WeakMap<VodApiError, string>();

/**
 * The service appends its string to sign to SignatureDoesNotMatch. That string holds every parameter (an STS
 * token, a certificate key...), so it never reaches the output: it is compared with ours instead.
 */
function explainSignatureMismatch(error: VodApiError, ours: string): VodApiError {
  const theirs = SERVER_STRINGS_TO_SIGN.get(error);
  const diagnosis =
    theirs === undefined
      ? 'Check that the AccessKey secret belongs to the AccessKey ID.'
      : theirs === ours
        ? 'The service computed the same string to sign as this client, so the AccessKey secret is wrong for this AccessKey ID.'
        : 'The service computed a different string to sign than this client (a proxy may have changed the request).';
  return new VodApiError({
    code: error.code,
    message: `Specified signature is not matched with our calculation. ${diagnosis}`,
    action: error.action,
    requestId: error.requestId,
    hostId: error.hostId,
    httpStatus: error.httpStatus,
  });
}

function timeoutError(action: string, timeoutMs: number): VodApiError {
  return new VodApiError({ code: 'Timeout', message: `No complete answer to ${action} within ${timeoutMs} ms (the whole call, retries included; --timeout).`, action, transient: true });
}

function networkError(action: string, error: unknown): VodApiError {
  if (error instanceof VodApiError) return error;
  const cause = error as { code?: string; name?: string; message?: string };
  if (cause.name === 'AbortError') {
    return new VodApiError({ code: 'Aborted', message: 'The call was cancelled.', action });
  }
  const refused = cause.code === 'ECONNREFUSED' || cause.code === 'UND_ERR_CONNECT_TIMEOUT';
  const timeout = cause.code === 'UND_ERR_HEADERS_TIMEOUT' || cause.code === 'UND_ERR_BODY_TIMEOUT';
  return new VodApiError({
    code: refused ? 'ConnectionRefused' : timeout ? 'Timeout' : 'NetworkError',
    message: `${timeout ? 'No answer in time' : 'Network failure'} calling ${action}: ${cause.code ?? cause.message ?? 'unknown'}`,
    action,
    transient: true,
  });
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
