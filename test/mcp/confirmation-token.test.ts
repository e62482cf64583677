import { describe, expect, it } from 'vitest';
import { ConfirmationTokens, type ConsumedTokenStore } from '../../src/mcp/confirmation-token.js';
import { localConsumedTokens } from '../../src/store/index.js';
import { Confirmation, DEFAULT_CONFIRM_TIMEOUT_MS } from '../../src/mcp/confirmation.js';

const ARGS = { VideoIds: ['a'] };

/** What a Redis store would be: one atomic set of spent nonces that every instance of the group shares. */
class SharedStore implements ConsumedTokenStore {
  readonly shared = true;
  private readonly inner = localConsumedTokens();
  consume(nonce: string, expiresAt: number) {
    return this.inner.consume(nonce, expiresAt);
  }
}

describe('confirmation tokens', () => {
  it('name the policy and the instance group; the group follows the key', async () => {
    const one = new ConfirmationTokens({ key: 'k' });
    const two = new ConfirmationTokens({ key: 'k' });
    const other = new ConfirmationTokens({ key: 'other' });
    const random = new ConfirmationTokens();
    expect(one.group).toBe(two.group);
    expect(one.group).not.toBe(other.group);
    expect(random.group).not.toBe(new ConfirmationTokens().group);
    expect(one.instance).not.toBe(two.instance);
    const { token } = one.issue('delete_video', ARGS, 'destructive/auto');
    const claims = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(claims).toMatchObject({ t: 'delete_video', p: 'destructive/auto', g: one.group, i: one.instance });
  });

  it('redeem once on the minting instance, and only under the policy they were minted under', async () => {
    const tokens = new ConfirmationTokens({ key: 'k' });
    const { token } = tokens.issue('delete_video', ARGS, 'destructive/auto');
    expect(await tokens.redeem('delete_video', ARGS, token, 'write/auto')).toMatch(/another confirmation policy/);
    expect(await tokens.redeem('delete_video', ARGS, token, 'destructive/auto')).toBeUndefined();
    expect(await tokens.redeem('delete_video', ARGS, token, 'destructive/auto')).toMatch(/already used/);
  });

  it('are refused on another instance with a local store, and redeem exactly once across instances with a shared store', async () => {
    const local = [new ConfirmationTokens({ key: 'k' }), new ConfirmationTokens({ key: 'k' })] as const;
    const fromOne = local[0].issue('create_audit', ARGS, 'destructive/auto').token;
    expect(await local[1].redeem('create_audit', ARGS, fromOne, 'destructive/auto')).toMatch(/another instance.*shared consumed-token store/);

    const store = new SharedStore();
    const shared = [new ConfirmationTokens({ key: 'k', store }), new ConfirmationTokens({ key: 'k', store })] as const;
    const token = shared[0].issue('create_audit', ARGS, 'destructive/auto').token;
    const answers = await Promise.all([shared[1].redeem('create_audit', ARGS, token, 'destructive/auto'), shared[0].redeem('create_audit', ARGS, token, 'destructive/auto')]);
    expect(answers.filter((answer) => answer === undefined)).toHaveLength(1);
    expect(answers.find((answer) => answer !== undefined)).toMatch(/already used/);
  });

  it('expire, and the in-memory store forgets spent nonces once they have expired', async () => {
    let now = 1_000_000;
    const store = localConsumedTokens(() => now);
    const tokens = new ConfirmationTokens({ store, now: () => now, ttlMs: 1_000 });
    const { token, expiresAt } = tokens.issue('delete_video', ARGS, 'destructive/auto');
    expect(expiresAt).toBe(new Date(1_001_000).toISOString());
    now += 2_000;
    expect(await tokens.redeem('delete_video', ARGS, token, 'destructive/auto')).toMatch(/expired/);
    expect(await store.consume('n', now + 10)).toBe(true);
    expect(await store.consume('n', now + 10)).toBe(false);
    now += 20;
    expect(await store.consume('other', now + 10)).toBe(true);
    expect(await store.consume('n', now + 10)).toBe(true);
  });

  it('refuse malformed and tampered tokens', async () => {
    const tokens = new ConfirmationTokens({ key: 'k' });
    const { token } = tokens.issue('delete_video', ARGS, 'destructive/auto');
    expect(await tokens.redeem('delete_video', ARGS, 'x', 'destructive/auto')).toMatch(/malformed/);
    expect(await tokens.redeem('delete_video', ARGS, 'bm90IGpzb24.sig', 'destructive/auto')).toMatch(/malformed/);
    expect(await tokens.redeem('delete_video', { VideoIds: ['b'] }, token, 'destructive/auto')).toMatch(/does not match these arguments/);
    const [payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, p: 'never/auto' })).toString('base64url');
    expect(await tokens.redeem('delete_video', ARGS, `${forged}.${signature}`, 'never/auto')).toMatch(/does not match/);
  });
});

describe('the confirmation policy', () => {
  it('gives a human 10 minutes by default', () => {
    expect(DEFAULT_CONFIRM_TIMEOUT_MS).toBe(600_000);
    expect(new Confirmation().timeoutMs).toBe(600_000);
    expect(new Confirmation({ confirm: 'destructive', via: 'elicitation', timeoutMs: 5_000 }).label).toBe('destructive/elicitation');
  });
});
