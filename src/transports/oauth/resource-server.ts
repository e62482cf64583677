import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  bearerAuthChallengeResponse,
  getOAuthProtectedResourceMetadataUrl,
  OAuthError,
  OAuthErrorCode,
  verifyBearerToken,
  type AuthInfo,
  type OAuthProtectedResourceMetadata,
} from '@modelcontextprotocol/server';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import type { Logger } from '../../log.js';
import type { ToolScopes } from '../../mcp/tool-scopes.js';
import { discoverJwksUri } from './issuer-discovery.js';
import { JwtAccessTokenVerifier } from './jwt-verifier.js';

export interface OAuthSettings {
  /** The authorization server whose access tokens are accepted (their `iss`). */
  readonly issuer: string;
  /** Its JWKS; default: the `jwks_uri` of its metadata. */
  readonly jwksUrl?: string;
  /** Accepted `aud` values; default: the canonical resource URL. */
  readonly audience?: readonly string[];
  /** The canonical URL of the MCP endpoint (RFC 8707 / RFC 9728 `resource`); default: the URL it listens on. */
  readonly resource?: string;
  readonly scopes: ToolScopes;
}

export type Authentication = { readonly ok: true; readonly auth: AuthInfo } | { readonly ok: false; readonly response: Response };

const METADATA_ROOT = '/.well-known/oauth-protected-resource';

/**
 * The HTTP transport as an OAuth 2.1 resource server (MCP authorization, 2025-11-25 and 2026-07-28): Protected
 * Resource Metadata (RFC 9728) at the root and path-suffixed well-known URLs, bearer JWTs checked by the SDK's
 * verifyBearerToken with a jose verifier, 401 challenges naming resource_metadata and the baseline scope, 403
 * insufficient_scope challenges (the SDK's format) when a request needs a scope the token lacks. The token is
 * never forwarded: the VOD API is called with the server's own Alibaba Cloud credentials.
 */
export class OAuthResourceServer {
  private resource: string | undefined;
  private readonly verifier: JwtAccessTokenVerifier;

  private constructor(
    private readonly settings: OAuthSettings,
    keys: JWTVerifyGetKey,
  ) {
    this.resource = settings.resource;
    this.verifier = new JwtAccessTokenVerifier({
      issuer: settings.issuer,
      keys,
      resource: () => this.canonicalResource,
      audience: () => settings.audience ?? [this.canonicalResource],
    });
  }

  /** Finds the issuer's keys (its metadata, unless the JWKS URL is given) before the server takes requests. */
  static async start(settings: OAuthSettings, logger: Logger): Promise<OAuthResourceServer> {
    const jwksUrl = settings.jwksUrl ?? (await discoverJwksUri(settings.issuer));
    logger.info(`OAuth: accepting access tokens of ${settings.issuer}, keys from ${jwksUrl}`);
    return new OAuthResourceServer(settings, createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 10_000, cooldownDuration: 30_000 }));
  }

  /** Called once the transport listens: the canonical resource defaults to the URL of its /mcp endpoint. */
  listening(mcpUrl: string): void {
    this.resource ??= mcpUrl;
  }

  get canonicalResource(): string {
    if (!this.resource) throw new Error('the OAuth resource server has no resource URL before the transport listens');
    return this.resource;
  }

  get metadataUrl(): string {
    return getOAuthProtectedResourceMetadataUrl(new URL(this.canonicalResource));
  }

  /** RFC 9728 section 2. The same document at the root and at the path-suffixed URLs. */
  metadata(): OAuthProtectedResourceMetadata {
    return {
      resource: this.canonicalResource,
      authorization_servers: [this.settings.issuer],
      scopes_supported: [this.settings.scopes.names.read, this.settings.scopes.names.write],
      bearer_methods_supported: ['header'],
      resource_name: 'Alibaba Cloud VOD MCP server',
    };
  }

  servesMetadata(pathname: string): boolean {
    const path = pathname.replace(/\/+$/, '');
    return path === METADATA_ROOT || path === `${METADATA_ROOT}/mcp` || path === new URL(this.metadataUrl).pathname;
  }

  /** GET/HEAD: the document (any origin may read it: it is public); OPTIONS: CORS preflight; else 405. */
  answerMetadata(req: IncomingMessage, res: ServerResponse): void {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, HEAD, OPTIONS' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, { ...cors, 'access-control-allow-headers': 'mcp-protocol-version, content-type' }).end();
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { ...cors, allow: 'GET, HEAD, OPTIONS' }).end();
    const body = JSON.stringify(this.metadata());
    res.writeHead(200, { ...cors, 'content-type': 'application/json', 'cache-control': 'max-age=300' });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /** The verified token's AuthInfo, or the 401/403 (or 500 when the keys cannot be fetched) to answer instead. */
  async authenticate(req: IncomingMessage): Promise<Authentication> {
    const header = req.headers.authorization;
    const resourceMetadataUrl = this.metadataUrl;
    const baseline = this.settings.scopes.names.read;
    // RFC 6750 section 3.1: a request without credentials gets a challenge without an error code.
    if (!header) {
      const challenge = `Bearer resource_metadata="${resourceMetadataUrl}", scope="${baseline}"`;
      return { ok: false, response: Response.json({ error: 'unauthorized', error_description: 'This MCP server needs an OAuth access token (Authorization: Bearer ...).' }, { status: 401, headers: { 'www-authenticate': challenge } }) };
    }
    let auth: AuthInfo;
    try {
      auth = await verifyBearerToken(header, { verifier: this.verifier, resourceMetadataUrl });
    } catch (error) {
      return { ok: false, response: bearerAuthChallengeResponse(error, { requiredScopes: [baseline], resourceMetadataUrl }) };
    }
    if (!this.settings.scopes.allows(auth.scopes, 'read')) return { ok: false, response: this.insufficient(baseline) };
    return { ok: true, auth };
  }

  /** The 403 step-up challenge for the first request in `body` that needs a scope the token lacks, if any. */
  scopeChallenge(body: unknown, auth: AuthInfo): Response | undefined {
    for (const message of Array.isArray(body) ? body : [body]) {
      if (typeof message !== 'object' || message === null || typeof (message as { method?: unknown }).method !== 'string' || !('id' in message)) continue;
      const missing = this.settings.scopes.missing(auth.scopes, message as { method: string; params?: unknown });
      if (missing) return this.insufficient(missing, message as { method: string; params?: { name?: unknown } });
    }
    return undefined;
  }

  private insufficient(scope: string, request?: { method: string; params?: { name?: unknown } }): Response {
    const what = request?.method === 'tools/call' && typeof request.params?.name === 'string' ? `The tool ${request.params.name}` : 'This MCP server';
    const error = new OAuthError(OAuthErrorCode.InsufficientScope, `${what} needs the scope ${scope}; authorize again with it.`);
    return bearerAuthChallengeResponse(error, { requiredScopes: [scope], resourceMetadataUrl: this.metadataUrl });
  }
}

/** Writes a fetch Response (a challenge) to a Node response. */
export async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
