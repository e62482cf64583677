import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';

/** A token's claims for the test issuer: defaults make a valid token; every field may be overridden. */
export interface MintOptions {
  readonly sub?: string;
  readonly scope?: string;
  readonly aud?: string | string[];
  readonly iss?: string;
  /** Seconds from now (negative: expired). Default 300. */
  readonly expiresIn?: number;
  /** Sign with a key the issuer does not publish (under the published kid). */
  readonly foreignKey?: boolean;
  readonly extra?: JWTPayload;
}

export interface TestIssuer {
  readonly issuer: string;
  readonly jwksUrl: string;
  /** How often each path was fetched (discovery and JWKS). */
  readonly hits: Map<string, number>;
  mint(audience: string, options?: MintOptions): Promise<string>;
  close(): Promise<void>;
}

const KID = 'test-key-1';

/**
 * An OAuth authorization server as far as a resource server sees one: RFC 8414 metadata and a JWKS on loopback,
 * and ES256 access tokens signed with a key generated for this run.
 */
export async function startTestIssuer(): Promise<TestIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const foreign = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: KID, alg: 'ES256', use: 'sig' };
  const hits = new Map<string, number>();
  let issuer = '';
  const http: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const json = (value: unknown) => void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (path === '/.well-known/oauth-authorization-server') {
      return json({
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        code_challenge_methods_supported: ['S256'],
      });
    }
    if (path === '/jwks') return json({ keys: [jwk] });
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const sign = async (key: CryptoKey, audience: string, options: MintOptions) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ scope: options.scope ?? 'vod:read', client_id: 'test-client', ...options.extra })
      .setProtectedHeader({ alg: 'ES256', kid: KID, typ: 'at+jwt' })
      .setIssuer(options.iss ?? issuer)
      .setSubject(options.sub ?? 'alice')
      .setAudience(options.aud ?? audience)
      .setIssuedAt(now - 5)
      .setExpirationTime(now + (options.expiresIn ?? 300))
      .sign(key);
  };
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    hits,
    mint: (audience, options = {}) => sign(options.foreignKey ? foreign.privateKey : privateKey, audience, options),
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}
