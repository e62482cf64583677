import { maskSecrets } from './secrets.js';

/** The one error type for anything the VOD API (or the way to it) answered with. Its message is always masked. */
export class VodApiError extends Error {
  override readonly name = 'VodApiError';
  readonly code: string;
  readonly requestId: string | undefined;
  readonly hostId: string | undefined;
  readonly httpStatus: number | undefined;
  readonly action: string;
  /** True when the request may not have been processed and a retry could succeed. */
  readonly transient: boolean;
  /** A call that is not safe to repeat was sent and its answer was lost: it may have run. */
  readonly outcomeUnknown: boolean;

  constructor(init: {
    code: string;
    message: string;
    action: string;
    requestId?: string | undefined;
    hostId?: string | undefined;
    httpStatus?: number | undefined;
    transient?: boolean;
    outcomeUnknown?: boolean;
  }) {
    super(maskSecrets(init.message));
    this.code = init.code;
    this.action = init.action;
    this.requestId = init.requestId;
    this.hostId = init.hostId;
    this.httpStatus = init.httpStatus;
    this.transient = init.transient ?? false;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
  }

  /** A copy with some fields changed (the message is masked again, with `known` values too). */
  with(changes: { action?: string; outcomeUnknown?: boolean; known?: readonly (string | undefined)[] }): VodApiError {
    return new VodApiError({
      code: this.code,
      message: maskSecrets(this.message, changes.known),
      action: changes.action ?? this.action,
      requestId: this.requestId,
      hostId: this.hostId,
      httpStatus: this.httpStatus,
      transient: this.transient,
      outcomeUnknown: changes.outcomeUnknown ?? this.outcomeUnknown,
    });
  }
}

/**
 * The request went out and no complete answer came back (dropped, truncated, timed out, cancelled, or a 5xx
 * from behind the gateway): the action may have run.
 */
export function answerLost(error: unknown): boolean {
  if (!(error instanceof VodApiError)) return false;
  if (['Timeout', 'NetworkError', 'InvalidResponse', 'Aborted'].includes(error.code)) return true;
  return (error.httpStatus ?? 0) >= 500;
}

/** Codes meaning the gateway refused before the action ran: safe to retry even for non-idempotent calls. */
export function isThrottling(code: string): boolean {
  return code.startsWith('Throttling');
}

export function isAuthError(code: string): boolean {
  return (
    code.startsWith('InvalidAccessKeyId') ||
    code.startsWith('InvalidSecurityToken') ||
    code === 'SignatureDoesNotMatch' ||
    code.startsWith('Forbidden') ||
    code === 'NoCredentials'
  );
}

const NEXT_STEPS: ReadonlyArray<[RegExp, string]> = [
  [/^Throttling/, 'The per-account QPS limit was hit; wait a few seconds and call again, or spread calls out.'],
  [/^InvalidAccessKeyId|^InvalidSecurityToken/, 'Check the credentials: ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET (and SECURITY_TOKEN for STS), or the --profile in ~/.aliyun/config.json. An STS token may have expired.'],
  [/^SignatureDoesNotMatch$/, 'The AccessKey secret does not match the AccessKey ID; check ALIBABA_CLOUD_ACCESS_KEY_SECRET.'],
  [/^InvalidTimeStamp/, 'The local clock is off by more than 15 minutes; fix the system time (NTP) and retry.'],
  [/^SignatureNonceUsed$/, 'A request was replayed; call again (a fresh nonce is generated per attempt).'],
  [/^Forbidden/, 'The RAM identity lacks permission for this action; grant it (see `vod-mcp policy`) or use another profile.'],
  [/NotFound$|NotExist/, 'Check the ID: list or search first (e.g. search_media, get_categories) to find a valid one.'],
  [/^MissingParameter|^InvalidParameter|Invalid/, 'Fix the argument named in the message and call again.'],
  [/^CredentialsUnavailable$/, 'Temporary credentials could not be had from the source named in the message: check that role, its trust policy and the way to STS or the metadata service, then call again (the next call asks anew).'],
  [/^NoCredentials$/, 'Configure credentials (environment variables or an aliyun CLI profile), or start the server with --sandbox to try it without a cloud account.'],
  [/^(InternalError|ServiceUnAvailable|Timeout|NetworkError|InvalidResponse)$/, 'A temporary failure; retry later. If it persists, quote the RequestId to Alibaba Cloud support.'],
];

export interface NextStepContext {
  /** The call may have run (see VodApiError.outcomeUnknown). */
  readonly outcomeUnknown?: boolean | undefined;
  /** The tool that failed, e.g. add_category. */
  readonly tool?: string | undefined;
  /** The read tool that shows whether it ran, e.g. "get_categories (toolset categories)". */
  readonly checkWith?: string | undefined;
}

/** What the agent should do next. After a lost answer to a call that is not safe to repeat, never "retry". */
export function nextStepFor(code: string, context: NextStepContext = {}): string {
  if (context.outcomeUnknown) {
    const tool = context.tool ?? 'the tool';
    const check = context.checkWith ? `call ${context.checkWith} to see whether it took effect` : 'look up the affected resource with a read tool to see whether it took effect';
    return `Outcome unknown: the call may have run, and repeating it could do it twice. Do not call ${tool} again before checking: ${check}.`;
  }
  return NEXT_STEPS.find(([pattern]) => pattern.test(code))?.[1] ?? 'See the message; quote the RequestId to Alibaba Cloud support if it persists.';
}
