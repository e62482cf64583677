/**
 * The issuer's metadata documents, in the order the MCP authorization spec has clients try them (RFC 8414 section
 * 3.1 path insertion, then OpenID Connect Discovery with path insertion and path appending).
 */
export function metadataUrls(issuer: string): string[] {
  const url = new URL(issuer);
  const path = url.pathname.replace(/\/+$/, '');
  const at = (pathname: string) => new URL(pathname, url.origin).href;
  if (path === '') return [at('/.well-known/oauth-authorization-server'), at('/.well-known/openid-configuration')];
  return [at(`/.well-known/oauth-authorization-server${path}`), at(`/.well-known/openid-configuration${path}`), at(`${path}/.well-known/openid-configuration`)];
}

export class IssuerDiscoveryError extends Error {
  override readonly name = 'IssuerDiscoveryError';
}

/**
 * The JWKS URL of `issuer`, read from its authorization server metadata (RFC 8414) or OpenID configuration. A
 * document counts only if its `issuer` is exactly the configured one (RFC 8414 section 3.3) and it names a
 * `jwks_uri`; otherwise the next document is tried, and the error lists what each one answered.
 */
export async function discoverJwksUri(issuer: string, options: { timeoutMs?: number; fetch?: typeof fetch } = {}): Promise<string> {
  const fetchImpl = options.fetch ?? fetch;
  const tried: string[] = [];
  for (const url of metadataUrls(issuer)) {
    let answer: string;
    try {
      const response = await fetchImpl(url, { headers: { accept: 'application/json' }, redirect: 'error', signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
      if (!response.ok) {
        tried.push(`${url}: HTTP ${response.status}`);
        continue;
      }
      const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
      if (document.issuer !== issuer) answer = `its issuer is ${JSON.stringify(document.issuer)}, not ${JSON.stringify(issuer)}`;
      else if (typeof document.jwks_uri !== 'string' || !/^https?:\/\//.test(document.jwks_uri)) answer = 'it names no jwks_uri';
      else return document.jwks_uri;
    } catch (error) {
      answer = (error as Error).message;
    }
    tried.push(`${url}: ${answer}`);
  }
  throw new IssuerDiscoveryError(`found no JWKS for the OAuth issuer ${issuer} (set --oauth-jwks-url to give it directly). Tried ${tried.join('; ')}.`);
}
