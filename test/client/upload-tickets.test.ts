import { describe, expect, it } from 'vitest';
import { UploadTickets, type UploadGrant } from '../../src/client/upload/tickets.js';

const grant: UploadGrant = { MediaType: 'video', MediaId: 'v1', FileName: 'a.mp4', UploadAddress: 'addr', UploadAuth: 'auth' };

describe('upload tickets', () => {
  it('redeem once: the grant and a session key; a second redeem is refused as used', () => {
    const tickets = new UploadTickets();
    const { Ticket } = tickets.issue(grant);
    const first = tickets.redeem(Ticket);
    expect(first).toMatchObject({ ok: true, grant });
    const again = tickets.redeem(Ticket);
    expect(again).toEqual({ ok: false, why: expect.stringMatching(/already used/) });
    if (!first.ok) throw new Error('unreachable');
    expect(tickets.sessionGrant(first.session)).toEqual(grant);
    expect(tickets.sessionGrant(Ticket)).toBeUndefined();
  });

  it('refuses expired tickets and sessions, unknown and malformed ones', () => {
    let now = 1_000_000;
    const tickets = new UploadTickets({ ticketTtlMs: 1_000, sessionTtlMs: 5_000, now: () => now });
    const late = tickets.issue(grant).Ticket;
    const kept = tickets.issue(grant).Ticket;
    const redeemed = tickets.redeem(kept);
    now += 1_000;
    expect(tickets.redeem(late)).toEqual({ ok: false, why: expect.stringMatching(/expired/) });
    expect(tickets.redeem('A'.repeat(43))).toEqual({ ok: false, why: expect.stringMatching(/unknown ticket/) });
    for (const bad of [undefined, 42, '', 'short', `${'A'.repeat(43)}!`]) expect(tickets.redeem(bad)).toEqual({ ok: false, why: 'this is not an upload ticket' });
    if (!redeemed.ok) throw new Error('unreachable');
    expect(tickets.sessionGrant(redeemed.session)).toEqual(grant);
    now += 5_000;
    expect(tickets.sessionGrant(redeemed.session)).toBeUndefined();
  });

  it('keeps no ticket or session key in readable form', () => {
    const tickets = new UploadTickets();
    const { Ticket } = tickets.issue(grant);
    const redeemed = tickets.redeem(tickets.issue(grant).Ticket);
    const dump = JSON.stringify([...Object.values(tickets)].map((value) => (value instanceof Map ? [...value] : value)));
    expect(dump).not.toContain(Ticket);
    if (redeemed.ok) expect(dump).not.toContain(redeemed.session);
  });
});
