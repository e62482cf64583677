import { MemoryStore } from './memory.js';
import type { SharedStore } from './types.js';

/**
 * The consumed-token store of confirmation tokens on the shared store (the `ConsumedTokenStore` of
 * src/mcp/confirmation-token.ts, structurally): a nonce is spent once across every replica (SET NX PX). When the
 * store cannot be reached `consume` rejects, and the token is refused (fail closed).
 */
export function sharedConsumedTokens(store: SharedStore, now: () => number = Date.now): { readonly shared: boolean; consume(nonce: string, expiresAt: number): Promise<boolean> } {
  return {
    shared: store.shared,
    // Kept through expiresAt itself: a token is still good at that millisecond.
    consume: (nonce, expiresAt) => store.consumeOnce(`confirm:${nonce}`, Math.max(1, expiresAt - now() + 1)),
  };
}

/**
 * The single-process default: spent nonces in a MemoryStore of this process, never evicted before they expire (an
 * evicted mark would let its token be redeemed again), swept as they expire.
 */
export function localConsumedTokens(now: () => number = Date.now): ReturnType<typeof sharedConsumedTokens> {
  return sharedConsumedTokens(new MemoryStore({ maxEntries: Infinity, now }), now);
}
