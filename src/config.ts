import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LogLevel } from './log.js';

import type { ConfirmTiers, ConfirmVia } from './mcp/confirmation.js';

/** The confirmation policy's own types live with confirmation (src/mcp/confirmation.ts); the CLI parses into them. */
export type ConfirmPolicy = ConfirmTiers;
export type { ConfirmVia };

export interface ServerConfig {
  readonly sandbox: boolean;
  readonly sandboxState: string | undefined;
  readonly endpoint: string | undefined;
  readonly region: string;
  readonly profile: string | undefined;
  readonly readOnly: boolean;
  readonly toolsets: string[] | undefined;
  readonly tools: string[] | undefined;
  readonly transport: 'stdio' | 'http';
  readonly host: string;
  readonly port: number;
  readonly httpToken: string | undefined;
  readonly maxSessions: number;
  readonly allowedOrigins: string[] | undefined;
  readonly allowedHosts: string[] | undefined;
  readonly confirm: ConfirmPolicy;
  readonly confirmVia: ConfirmVia;
  readonly timeoutMs: number;
  readonly maxResultTokens: number;
  /** Directories upload_media may read (stdio); undefined = the working directory. The client's MCP roots are added. */
  readonly uploadRoots: string[] | undefined;
  /** Task state: upload checkpoints, bulk plans. */
  readonly stateDir: string;
  /** The longest one wait_for_* call waits, in ms. */
  readonly maxWaitMs: number;
  /** HTTP: the URL users reach this server at (for printed upload commands). */
  readonly publicUrl: string | undefined;
  readonly signatureVersion: 'v2' | 'v3';
  readonly logLevel: LogLevel;
  /** Shared state of a replica group (rate limits, confirmations, upload tickets); undefined = in this process. A secret. */
  readonly redis: string | undefined;
  readonly redisPrefix: string;
  /** How many replicas share the account: each one's share of a limit while Redis is unreachable. */
  readonly replicasHint: number;
  /** SIGTERM: how long in-flight calls may finish, in ms. */
  readonly shutdownGraceMs: number;
  /** HTTP as an OAuth 2.1 resource server (instead of --http-token); undefined = off. */
  readonly oauth: OAuthConfig | undefined;
}

export interface OAuthConfig {
  readonly issuer: string;
  readonly jwksUrl: string | undefined;
  readonly audience: string[] | undefined;
  readonly readScope: string;
  readonly writeScope: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly env: string[];
  readonly help: string;
}

/** Every flag, its environment variable(s) and its help line: one table, so --help cannot drift. */
export const OPTIONS = {
  sandbox: { type: 'boolean', env: ['VOD_MCP_SANDBOX'], help: 'Run against the embedded sandbox (no cloud account needed).' },
  'sandbox-state': { type: 'string', env: ['VOD_MCP_SANDBOX_STATE'], help: 'Persist sandbox state to FILE across restarts.' },
  endpoint: { type: 'string', env: ['VOD_MCP_ENDPOINT'], help: 'API endpoint URL (default https://vod.<region>.aliyuncs.com).' },
  region: { type: 'string', env: ['VOD_MCP_REGION', 'ALIBABA_CLOUD_REGION_ID'], help: 'Region ID (default cn-shanghai).' },
  profile: { type: 'string', env: ['VOD_MCP_PROFILE', 'ALIBABA_CLOUD_PROFILE'], help: 'aliyun CLI profile in ~/.aliyun/config.json.' },
  'read-only': { type: 'boolean', env: ['VOD_MCP_READ_ONLY'], help: 'Offer read tools only.' },
  toolsets: { type: 'string', env: ['VOD_MCP_TOOLSETS'], help: 'Comma-separated toolsets, "default" or "all" (default: default).' },
  tools: { type: 'string', env: ['VOD_MCP_TOOLS'], help: 'Comma-separated tools to add (name or +name) or remove (-name).' },
  transport: { type: 'string', env: ['VOD_MCP_TRANSPORT'], help: 'stdio (default) or http (Streamable HTTP on /mcp).' },
  host: { type: 'string', env: ['VOD_MCP_HOST'], help: 'HTTP listen address (default 127.0.0.1).' },
  port: { type: 'string', env: ['VOD_MCP_PORT'], help: 'HTTP port (default 8808).' },
  'http-token': { type: 'string', env: ['VOD_MCP_HTTP_TOKEN'], help: 'Require "Authorization: Bearer TOKEN" on HTTP (required off loopback).' },
  'max-sessions': { type: 'string', env: ['VOD_MCP_MAX_SESSIONS'], help: 'Open HTTP sessions at most (default 200); then the longest-idle one is closed, or 503 with Retry-After.' },
  'allowed-origins': { type: 'string', env: ['VOD_MCP_ALLOWED_ORIGINS'], help: 'Comma-separated browser Origins accepted on HTTP (besides loopback origins on a loopback host).' },
  'allowed-hosts': { type: 'string', env: ['VOD_MCP_ALLOWED_HOSTS'], help: 'Comma-separated Host header values accepted on HTTP (default: loopback names on loopback, any elsewhere).' },
  confirm: { type: 'string', env: ['VOD_MCP_CONFIRM'], help: 'Which tiers need confirmation: destructive (default), write, never.' },
  'confirm-via': { type: 'string', env: ['VOD_MCP_CONFIRM_VIA'], help: 'auto (elicitation, else a two-step token) or elicitation (hide destructive tools from clients without it).' },
  'confirm-timeout': { type: 'string', env: ['VOD_MCP_CONFIRM_TIMEOUT_MS'], help: 'How long a person has to answer a confirmation, in ms (default 600000: 10 minutes).' },
  'i-understand-no-confirmation': { type: 'boolean', env: ['VOD_MCP_I_UNDERSTAND_NO_CONFIRMATION'], help: 'Required with --confirm never.' },
  'max-result-tokens': { type: 'string', env: ['VOD_MCP_MAX_RESULT_TOKENS'], help: 'Budget of one tool result in tokens (default 20000); longer results are shortened and say how to get the rest.' },
  'upload-roots': { type: 'string', env: ['VOD_MCP_UPLOAD_ROOTS'], help: 'Comma-separated directories upload_media may read files from (default: the working directory); the client\'s MCP roots are added. Not used over HTTP.' },
  'state-dir': { type: 'string', env: ['VOD_MCP_STATE_DIR'], help: 'Directory for upload checkpoints and bulk plans (default: $XDG_STATE_HOME/alibabacloud-vod-mcp, ~/.local/state/... or %LOCALAPPDATA%\\...).' },
  'public-url': { type: 'string', env: ['VOD_MCP_PUBLIC_URL'], help: 'HTTP: the URL users reach this server at, for the upload command upload_media prints (default http://HOST:PORT).' },
  ticket: { type: 'string', env: [], help: 'upload FILE: the upload ticket upload_media returned.' },
  server: { type: 'string', env: [], help: 'upload FILE: the server URL upload_media printed.' },
  'max-wait': { type: 'string', env: ['VOD_MCP_MAX_WAIT_MS'], help: 'The longest one wait_for_media / wait_for_job call waits, in ms (default 45000); then it answers "still running, call again".' },
  timeout: { type: 'string', env: ['VOD_MCP_TIMEOUT_MS'], help: 'Deadline of one API call in ms, retries included (default 30000).' },
  'signature-version': { type: 'string', env: ['VOD_MCP_SIGNATURE_VERSION'], help: 'v2 (default: the manual\'s HMAC-SHA1 RPC signature) or v3 (ACS3-HMAC-SHA256).' },
  'log-level': { type: 'string', env: ['VOD_MCP_LOG_LEVEL'], help: 'debug, info (default), warn, error. Logs go to stderr.' },
  redis: { type: 'string', env: ['VOD_MCP_REDIS_URL'], help: 'redis://[:PASSWORD@]HOST:PORT[/DB]: share rate limits, confirmation tokens and upload tickets with every replica on this Redis (needs VOD_MCP_CONFIRM_KEY). Default: in this process.' },
  'redis-prefix': { type: 'string', env: ['VOD_MCP_REDIS_PREFIX'], help: 'Prefix of every Redis key (default vod-mcp:); one per replica group sharing a Redis.' },
  'replicas-hint': { type: 'string', env: ['VOD_MCP_REPLICAS_HINT'], help: 'With --redis: how many replicas share the account (default 3); while Redis is unreachable each keeps to 1/N of every QPS limit.' },
  'shutdown-grace': { type: 'string', env: ['VOD_MCP_SHUTDOWN_GRACE_MS'], help: 'HTTP, on SIGTERM: refuse new sessions and give in-flight calls this long to finish, in ms (default 10000).' },
  'oauth-issuer': { type: 'string', env: ['VOD_MCP_OAUTH_ISSUER'], help: 'HTTP: act as an OAuth 2.1 resource server accepting JWT access tokens of this issuer (https URL; instead of --http-token). See README "OAuth".' },
  'oauth-jwks-url': { type: 'string', env: ['VOD_MCP_OAUTH_JWKS_URL'], help: 'With --oauth-issuer: the issuer\'s JWKS URL (default: the jwks_uri of its /.well-known/oauth-authorization-server or openid-configuration).' },
  'oauth-audience': { type: 'string', env: ['VOD_MCP_OAUTH_AUDIENCE'], help: 'With --oauth-issuer: comma-separated accepted token audiences (default: this server\'s canonical URL, PUBLIC_URL/mcp).' },
  'oauth-read-scope': { type: 'string', env: ['VOD_MCP_OAUTH_READ_SCOPE'], help: 'With --oauth-issuer: the scope read tools need (default vod:read).' },
  'oauth-write-scope': { type: 'string', env: ['VOD_MCP_OAUTH_WRITE_SCOPE'], help: 'With --oauth-issuer: the scope write and destructive tools need; it implies the read scope (default vod:write).' },
  help: { type: 'boolean', env: [], help: 'Show this help.' },
  version: { type: 'boolean', env: [], help: 'Show the version.' },
} as const satisfies Record<string, OptionSpec>;

export type RawOptions = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

/** Flags win over environment variables; unknown flags and bad values are errors. */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): { values: RawOptions; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinStringValues(argv),
      options: Object.fromEntries(Object.entries(OPTIONS).map(([name, spec]) => [name, { type: spec.type }])),
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new ConfigError(`${(error as Error).message.replace(/\. To specify a positional.*$/s, '')}. Run with --help for the options.`);
  }
  const values: Record<string, string | boolean> = {};
  for (const [name, spec] of Object.entries(OPTIONS) as [string, OptionSpec][]) {
    const flag = (parsed.values as Record<string, string | boolean | undefined>)[name];
    if (flag !== undefined) {
      values[name] = flag;
      continue;
    }
    const fromEnv = spec.env.map((key) => env[key]).find((value) => value !== undefined && value !== '');
    if (fromEnv === undefined) continue;
    if (spec.type === 'boolean') {
      if (!/^(1|0|true|false|yes|no)$/i.test(fromEnv)) throw new ConfigError(`${spec.env[0]} must be true or false, not "${fromEnv}".`);
      values[name] = /^(1|true|yes)$/i.test(fromEnv);
    } else values[name] = fromEnv;
  }
  return { values: values as RawOptions, positionals: parsed.positionals };
}

/**
 * `--tools -search_media`: parseArgs reads a value starting with "-" as flags ("argument is ambiguous"). A string
 * option always takes the next argument as its value unless that is itself a long flag, so it is joined as
 * `--tools=-search_media` first.
 */
function joinStringValues(argv: readonly string[]): string[] {
  const result: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    const name = arg.slice(2);
    const spec = Object.hasOwn(OPTIONS, name) ? (OPTIONS as Record<string, OptionSpec>)[name] : undefined;
    if (arg.startsWith('--') && spec?.type === 'string' && next !== undefined && next.startsWith('-') && !next.startsWith('--')) {
      result.push(`${arg}=${next}`);
      i++;
    } else result.push(arg);
    if (arg === '--') {
      result.push(...argv.slice(i + 1));
      break;
    }
  }
  return result;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new ConfigError(`--${name} must be one of ${allowed.join(', ')}, not "${value}".`);
  return value as T;
}

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new ConfigError(`--${name} must be an integer ${min}-${max}, not "${value}".`);
  return Number(value);
}

export function buildConfig(values: RawOptions): ServerConfig {
  const endpoint = values.endpoint;
  if (endpoint !== undefined && !/^https?:\/\/[^/\s]+/.test(endpoint)) throw new ConfigError(`--endpoint must be an http(s) URL, not "${endpoint}".`);
  if (endpoint && values.sandbox) throw new ConfigError('--endpoint and --sandbox exclude each other: --sandbox starts its own endpoint.');
  const region = values.region ?? 'cn-shanghai';
  if (!/^[a-z]{2,}(-[a-z0-9]+)+$/.test(region)) throw new ConfigError(`--region must look like cn-shanghai or ap-southeast-1, not "${region}".`);
  const confirm = oneOf('confirm', values.confirm, ['destructive', 'write', 'never'] as const, 'destructive');
  if (confirm === 'never' && !values['i-understand-no-confirmation']) {
    throw new ConfigError('--confirm never runs destructive tools without any confirmation; add --i-understand-no-confirmation to mean it.');
  }
  const host = values.host ?? '127.0.0.1';
  const transport = oneOf('transport', values.transport, ['stdio', 'http'] as const, 'stdio');
  const httpToken = values['http-token'];
  const oauth = oauthConfig(values, transport, httpToken);
  if (transport === 'http' && !isLoopback(host) && !httpToken && !oauth) {
    throw new ConfigError(`--host ${host} exposes the server beyond this machine; set --http-token (or VOD_MCP_HTTP_TOKEN) or --oauth-issuer too.`);
  }
  return {
    sandbox: values.sandbox ?? false,
    sandboxState: values['sandbox-state'],
    endpoint,
    region,
    profile: values.profile,
    readOnly: values['read-only'] ?? false,
    toolsets: list(values.toolsets),
    tools: list(values.tools),
    transport,
    host,
    port: integer('port', values.port, 8808, 0, 65535),
    httpToken,
    maxSessions: integer('max-sessions', values['max-sessions'], 200, 1, 100_000),
    allowedOrigins: origins(values['allowed-origins']),
    allowedHosts: list(values['allowed-hosts']),
    confirm,
    confirmVia: oneOf('confirm-via', values['confirm-via'], ['auto', 'elicitation'] as const, 'auto'),
    timeoutMs: integer('timeout', values.timeout, 30_000, 100, 600_000),
    maxResultTokens: integer('max-result-tokens', values['max-result-tokens'], 20_000, 1_000, 1_000_000),
    uploadRoots: list(values['upload-roots']),
    stateDir: values['state-dir'] ?? defaultStateDir(),
    maxWaitMs: integer('max-wait', values['max-wait'], 45_000, 0, 600_000),
    publicUrl: httpUrl('public-url', values['public-url']),
    signatureVersion: oneOf('signature-version', values['signature-version'], ['v2', 'v3'] as const, 'v2'),
    logLevel: oneOf('log-level', values['log-level'], ['debug', 'info', 'warn', 'error'] as const, 'info'),
    redis: redisUrl(values.redis),
    redisPrefix: redisPrefix(values['redis-prefix']),
    replicasHint: integer('replicas-hint', values['replicas-hint'], 3, 1, 1_000),
    shutdownGraceMs: integer('shutdown-grace', values['shutdown-grace'], 10_000, 0, 600_000),
    oauth,
  };
}

const OAUTH_DETAILS = ['oauth-jwks-url', 'oauth-audience', 'oauth-read-scope', 'oauth-write-scope'] as const;
/** RFC 6749 section 3.3 scope-token. */
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]{1,128}$/;

function oauthConfig(values: RawOptions, transport: 'stdio' | 'http', httpToken: string | undefined): OAuthConfig | undefined {
  const issuer = values['oauth-issuer'];
  if (issuer === undefined) {
    const stray = OAUTH_DETAILS.find((name) => values[name] !== undefined);
    if (stray) throw new ConfigError(`--${stray} needs --oauth-issuer.`);
    return undefined;
  }
  if (transport !== 'http') throw new ConfigError('--oauth-issuer applies to --transport http (a stdio server takes its credentials from the environment).');
  if (httpToken) throw new ConfigError('--oauth-issuer and --http-token exclude each other: choose OAuth access tokens or one static token.');
  const readScope = scopeName('oauth-read-scope', values['oauth-read-scope'], 'vod:read');
  const writeScope = scopeName('oauth-write-scope', values['oauth-write-scope'], 'vod:write');
  if (readScope === writeScope) throw new ConfigError('--oauth-read-scope and --oauth-write-scope must differ.');
  return {
    issuer: secureUrl('oauth-issuer', issuer, true),
    jwksUrl: values['oauth-jwks-url'] === undefined ? undefined : secureUrl('oauth-jwks-url', values['oauth-jwks-url'], false),
    audience: list(values['oauth-audience']),
    readScope,
    writeScope,
  };
}

/** https, or http on a loopback host (a local test issuer); an issuer has no query or fragment (RFC 8414). */
function secureUrl(name: string, value: string, isIssuer: boolean): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`--${name} must be an https URL, not "${value}".`);
  }
  const local = url.protocol === 'http:' && (isLoopback(url.hostname) || url.hostname === '[::1]');
  if (url.protocol !== 'https:' && !local) throw new ConfigError(`--${name} must be an https URL (http only on a loopback host), not "${value}".`);
  if (isIssuer && (url.search || url.hash)) throw new ConfigError(`--${name} must have no query or fragment, not "${value}".`);
  return value;
}

function scopeName(name: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (!SCOPE_TOKEN.test(value)) throw new ConfigError(`--${name} takes one OAuth scope (printable ASCII, no spaces, quotes or backslashes), not "${value}".`);
  return value;
}

/** The URL may carry a password: errors name its shape, never the value. */
function redisUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^rediss?:\/\/[^\s/]+(\/\d{1,2})?$/.test(value)) throw new ConfigError('--redis must be a URL like redis://HOST:6379, redis://:PASSWORD@HOST:6379/0 or rediss://... (the value is not shown: it may hold a password).');
  return value;
}

function redisPrefix(value: string | undefined): string {
  if (value === undefined) return 'vod-mcp:';
  if (!/^[\w.:-]{1,64}$/.test(value)) throw new ConfigError(`--redis-prefix takes 1-64 letters, digits, '_', '-', '.', ':', not "${value}".`);
  return value;
}

function httpUrl(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !/^https?:\/\/[^/\s]+(\/\S*)?$/.test(value)) throw new ConfigError(`--${name} must be an http(s) URL, not "${value}".`);
  return value?.replace(/\/(mcp\/?)?$/, '');
}

/** Per-user state, as each OS keeps it: XDG on Linux, ~/.local/state elsewhere on Unix, %LOCALAPPDATA% on Windows. */
export function defaultStateDir(env: NodeJS.ProcessEnv = process.env): string {
  const name = 'alibabacloud-vod-mcp';
  if (process.platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), name);
  return join(env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), name);
}

function origins(value: string | undefined): string[] | undefined {
  const items = list(value);
  for (const item of items ?? []) {
    if (!/^https?:\/\/[^/\s]+\/?$/i.test(item)) throw new ConfigError(`--allowed-origins takes origins like https://app.example.com (scheme, host, optional port), not "${item}".`);
  }
  return items;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

export function helpText(): string {
  const rows = Object.entries(OPTIONS).map(([name, spec]) => {
    const flag = `--${name}${spec.type === 'string' ? ' VALUE' : ''}`;
    const env = spec.env.length ? ` [env ${spec.env.join(', ')}]` : '';
    return `  ${flag.padEnd(36)} ${spec.help}${env}`;
  });
  return [
    'vod-mcp: MCP server for Alibaba Cloud ApsaraVideo VOD (API 2017-03-21)',
    '',
    'Usage:',
    '  vod-mcp [options]                 run the MCP server (stdio by default)',
    '  vod-mcp upload FILE --ticket T --server URL',
    '                                    upload a file for a server reached over HTTP (upload_media prints this)',
    '  vod-mcp sandbox [--port N] [--host H] [--sandbox-state FILE]',
    '                                    run the sandbox VOD endpoint standalone',
    '  vod-mcp policy [--read-only] [--toolsets ...] [--tools ...]',
    '                                    print the RAM policy for the selected tools',
    '',
    'Options:',
    ...rows,
    '',
    'Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN, or --profile.',
  ].join('\n');
}
