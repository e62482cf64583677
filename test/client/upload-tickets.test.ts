import { describe, expect, it } from 'vitest';
import { UploadTickets, type TicketStore, type UploadGrant } from '../../src/client/upload/tickets.js';
import { MemoryStore } from '../../src/store/memory.js';

const grant: UploadGrant = { MediaType: 'video', MediaId: 'v1', FileName: 'a.mp4', UploadAddress: 'addr', UploadAuth: 'auth' };

describe('upload tickets', () => {
  it('redeem once: the grant and a session key; a second redeem is refused as used', async () => {
    const tickets = new UploadTickets();
    const { Ticket } = await tickets.issue(grant);
    const first = await tickets.redeem(Ticket);
    expect(first).toMatchObject({ ok: true, grant });
    const again = await tickets.redeem(Ticket);
    expect(again).toEqual({ ok: false, why: expect.stringMatching(/already used/) });
    if (!first.ok) throw new Error('unreachable');
    expect(await tickets.sessionGrant(first.session)).toEqual(grant);
    expect(await tickets.sessionGrant(Ticket)).toBeUndefined();
  });

  it('refuses expired tickets and sessions, unknown and malformed ones', async () => {
    let now = 1_000_000;
    const tickets = new UploadTickets({ ticketTtlMs: 1_000, sessionTtlMs: 5_000, now: () => now });
    const late = (await tickets.issue(grant)).Ticket;
    const kept = (await tickets.issue(grant)).Ticket;
    const redeemed = await tickets.redeem(kept);
    now += 1_000;
    expect(await tickets.redeem(late)).toEqual({ ok: false, why: expect.stringMatching(/expired/) });
    expect(await tickets.redeem('A'.repeat(43))).toEqual({ ok: false, why: expect.stringMatching(/unknown ticket/) });
    for (const bad of [undefined, 42, '', 'short', `${'A'.repeat(43)}!`]) expect(await tickets.redeem(bad)).toEqual({ ok: false, why: 'this is not an upload ticket' });
    if (!redeemed.ok) throw new Error('unreachable');
    expect(await tickets.sessionGrant(redeemed.session)).toEqual(grant);
    now += 5_000;
    expect(await tickets.sessionGrant(redeemed.session)).toBeUndefined();
  });

  it('keeps no ticket or session key in readable form in its store', async () => {
    const written: string[] = [];
    const memory = new MemoryStore();
    const store: TicketStore = {
      consumeOnce: (key, ttl) => (written.push(key), memory.consumeOnce(key, ttl)),
      put: (key, value, ttl) => (written.push(key, value), memory.put(key, value, ttl)),
      get: (key) => memory.get(key),
      take: (key) => memory.take(key),
    };
    const tickets = new UploadTickets({ store });
    const { Ticket } = await tickets.issue(grant);
    const redeemed = await tickets.redeem((await tickets.issue(grant)).Ticket);
    const dump = written.join('\n');
    expect(dump).not.toContain(Ticket);
    if (!redeemed.ok) throw new Error('unreachable');
    expect(dump).not.toContain(redeemed.session);
  });

  it('concurrent redeems of one ticket: one upload, the others are refused as used (atomic SET NX)', async () => {
    const tickets = new UploadTickets();
    const { Ticket } = await tickets.issue(grant);
    const answers = await Promise.all([tickets.redeem(Ticket), tickets.redeem(Ticket), tickets.redeem(Ticket)]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    for (const answer of answers.filter((candidate) => !candidate.ok)) expect(answer).toEqual({ ok: false, why: expect.stringMatching(/already used/) });
  });

  it('a store that cannot be reached refuses the ticket (fails closed)', async () => {
    const down = () => Promise.reject(new Error('store down'));
    const tickets = new UploadTickets({ store: { consumeOnce: down, put: down, get: down, take: down } });
    await expect(tickets.issue(grant)).rejects.toThrow(/store down/);
    await expect(tickets.redeem('A'.repeat(43))).rejects.toThrow(/store down/);
  });
});
