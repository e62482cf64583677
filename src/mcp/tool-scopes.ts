import type { AuthInfo } from '@modelcontextprotocol/server';
import type { Tier } from '../tools/define-tool.js';

/** The OAuth scope names of the two access levels (configurable: an authorization server may name them otherwise). */
export interface ScopeNames {
  readonly read: string;
  readonly write: string;
}

export const DEFAULT_SCOPE_NAMES: ScopeNames = { read: 'vod:read', write: 'vod:write' };

/** What the OAuth scope check sees of a JSON-RPC request. */
export interface ScopedRequest {
  readonly method: string;
  readonly params?: unknown;
}

/**
 * OAuth scopes by tool tier: read tools need the read scope, write and destructive tools the write scope. Every
 * other request (lists, resources, prompts, initialize, the GET stream) needs the read scope. The write scope
 * implies the read scope: the MCP authorization spec (2026-07-28) says a server MUST account for scope hierarchies
 * where a broader scope implies a narrower one, so a write-only token is enough for everything.
 */
export class ToolScopes {
  constructor(
    readonly names: ScopeNames,
    /** The tier of a tool this server offers, by name; undefined for an unknown name (the server answers that). */
    private readonly tierOf: (toolName: string) => Tier | undefined,
  ) {}

  /** The scope a tool of this tier needs. */
  scopeFor(tier: Tier): string {
    return tier === 'read' ? this.names.read : this.names.write;
  }

  /** Whether a token holding `scopes` may use a tool of this tier (the write scope covers read). */
  allows(scopes: readonly string[], tier: Tier): boolean {
    if (scopes.includes(this.names.write)) return true;
    return tier === 'read' && scopes.includes(this.names.read);
  }

  /** Whether the caller may use this tool; without OAuth identity (stdio, a static token) there is nothing to check. */
  mayUse(tool: { readonly tier: Tier }, auth: AuthInfo | undefined): boolean {
    return auth === undefined || this.allows(auth.scopes, tool.tier);
  }

  /** The scope this request needs and the token lacks, or undefined when the token's scopes are enough. */
  missing(scopes: readonly string[], request: ScopedRequest): string | undefined {
    const tier = this.tierNeeded(request);
    return this.allows(scopes, tier) ? undefined : this.scopeFor(tier);
  }

  private tierNeeded(request: ScopedRequest): Tier {
    if (request.method !== 'tools/call') return 'read';
    const name = (request.params as { name?: unknown } | undefined)?.name;
    return (typeof name === 'string' ? this.tierOf(name) : undefined) ?? 'read';
  }
}
