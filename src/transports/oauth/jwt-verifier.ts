import { createHash } from 'node:crypto';
import { OAuthError, OAuthErrorCode, type AuthInfo, type OAuthTokenVerifier } from '@modelcontextprotocol/server';
import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

/** Signature algorithms accepted: asymmetric only (a JWKS publishes public keys; `none` and HMAC never pass). */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

export interface JwtVerifierOptions {
  readonly issuer: string;
  /** Accepted `aud` values: this server's canonical URL (RFC 8707), or what --oauth-audience lists. */
  readonly audience: () => readonly string[];
  /** The canonical URL of this MCP server, reported as the token's resource. */
  readonly resource: () => string;
  readonly keys: JWTVerifyGetKey;
  /** Clock skew allowed on exp/nbf/iat, in seconds (default 30). */
  readonly clockToleranceSeconds?: number;
}

/**
 * Access tokens as JWTs (RFC 9068 profile, loosely: `typ` is not required, since many authorization servers send
 * plain "JWT"): signature against the issuer's JWKS, `iss`, `aud`, `exp` (required), `nbf`, and a `sub`. The
 * token itself is not kept: AuthInfo carries a digest of it, so nothing downstream can pass it on or log it.
 */
export class JwtAccessTokenVerifier implements OAuthTokenVerifier {
  constructor(private readonly options: JwtVerifierOptions) {}

  async verifyAccessToken(token: string): Promise<AuthInfo> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.options.keys, {
        issuer: this.options.issuer,
        audience: this.acceptedAudiences(),
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: this.options.clockToleranceSeconds ?? 30,
      }));
    } catch (error) {
      throw refusal(error);
    }
    const subject = payload.sub!;
    const clientId = [payload.client_id, payload.azp].find((value): value is string => typeof value === 'string' && value !== '') ?? subject;
    return {
      token: `sha256:${createHash('sha256').update(token).digest('base64url').slice(0, 22)}`,
      clientId,
      scopes: scopesOf(payload),
      expiresAt: payload.exp,
      resource: new URL(this.options.resource()),
      extra: { principal: `oauth:${JSON.stringify([this.options.issuer, subject])}`, issuer: this.options.issuer, subject },
    };
  }

  /** Each configured audience with and without one trailing slash: both spellings name the same resource. */
  private acceptedAudiences(): string[] {
    return [...new Set(this.options.audience().flatMap((value) => [value, value.endsWith('/') ? value.slice(0, -1) : `${value}/`]))];
  }
}

/** `scope` (RFC 9068: space-separated) or `scp` (an array, as some authorization servers send it). */
function scopesOf(payload: JWTPayload): string[] {
  if (typeof payload.scope === 'string') return payload.scope.split(' ').filter(Boolean);
  if (Array.isArray(payload.scp)) return payload.scp.filter((value): value is string => typeof value === 'string');
  if (typeof payload.scp === 'string') return payload.scp.split(' ').filter(Boolean);
  return [];
}

/**
 * A refused token is `invalid_token` (401) with a reason that helps the operator and says nothing secret. Keys
 * that cannot be fetched are the server's problem, not the token's: `server_error` (500), so clients do not
 * start a pointless new authorization.
 */
function refusal(error: unknown): OAuthError {
  const invalid = (message: string) => new OAuthError(OAuthErrorCode.InvalidToken, message);
  if (error instanceof errors.JWTExpired) return invalid('The access token has expired.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return invalid('The access token was not issued for this MCP server (its audience is another resource).');
    if (error.claim === 'iss') return invalid('The access token was issued by another authorization server.');
    if (error.claim === 'nbf') return invalid('The access token is not valid yet.');
    return invalid(`The access token lacks a valid "${error.claim}" claim.`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return invalid('The access token signature does not verify.');
  if (error instanceof errors.JWKSNoMatchingKey) return invalid('The access token is signed with a key the authorization server does not publish.');
  if (error instanceof errors.JOSEAlgNotAllowed) return invalid('The access token uses a signature algorithm this server does not accept.');
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid || error instanceof errors.JOSENotSupported) return invalid('The access token is not a well-formed signed JWT.');
  // A plain JOSEError is jose's "Expected 200 OK from the JSON Web Key Set HTTP response"; a non-JOSE error a failed fetch.
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError) || error.constructor === errors.JOSEError) {
    return new OAuthError(OAuthErrorCode.ServerError, 'The authorization server keys could not be fetched.');
  }
  return invalid('The access token is not valid.');
}
