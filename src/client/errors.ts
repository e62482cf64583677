/** The one error type for anything the VOD API (or the way to it) answered with. */
export class VodApiError extends Error {
  override readonly name = 'VodApiError';
  readonly code: string;
  readonly requestId: string | undefined;
  readonly hostId: string | undefined;
  readonly httpStatus: number | undefined;
  readonly action: string;
  /** True when the request may not have been processed and a retry could succeed. */
  readonly transient: boolean;

  constructor(init: {
    code: string;
    message: string;
    action: string;
    requestId?: string | undefined;
    hostId?: string | undefined;
    httpStatus?: number | undefined;
    transient?: boolean;
  }) {
    super(init.message);
    this.code = init.code;
    this.action = init.action;
    this.requestId = init.requestId;
    this.hostId = init.hostId;
    this.httpStatus = init.httpStatus;
    this.transient = init.transient ?? false;
  }
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

export function nextStepFor(code: string): string {
  return NEXT_STEPS.find(([pattern]) => pattern.test(code))?.[1] ?? 'See the message; quote the RequestId to Alibaba Cloud support if it persists.';
}
