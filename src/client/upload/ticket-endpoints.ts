import { VodApiError } from '../errors.js';
import type { VodApi } from '../vod-client.js';
import type { UploadTickets } from './tickets.js';

export interface EndpointAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** The paths the uploader calls on a server reached over HTTP (POST, JSON); the ticket or session key is the credential. */
export const TICKET_PATHS = { redeem: '/upload-tickets/redeem', refresh: '/upload-tickets/refresh' } as const;

const field = (body: unknown, name: string): unknown => (body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined);

/**
 * redeem {Ticket} -> the upload address and credentials of one media record, once, plus a Session key;
 * refresh {Session} -> fresh credentials for that media (RefreshUploadVideo; images and attached media have none).
 */
export function ticketEndpoints(tickets: UploadTickets, api: VodApi): Record<string, (body: unknown) => Promise<EndpointAnswer>> {
  return {
    [TICKET_PATHS.redeem]: async (body) => {
      const redemption = await storeAnswer(() => tickets.redeem(field(body, 'Ticket')));
      if (!redemption) return UNAVAILABLE;
      if (!redemption.ok) return { status: 403, body: { Code: 'InvalidTicket', Message: `Upload ticket refused: ${redemption.why}.` } };
      return { status: 200, body: { ...redemption.grant, Session: redemption.session } };
    },
    [TICKET_PATHS.refresh]: async (body) => {
      const grant = await storeAnswer(() => tickets.sessionGrant(field(body, 'Session')));
      if (grant === null) return UNAVAILABLE;
      if (!grant) return { status: 403, body: { Code: 'InvalidSession', Message: 'Upload session unknown or expired: ask upload_media for a new ticket.' } };
      if (grant.MediaType === 'image' || grant.MediaType === 'attached') {
        return { status: 409, body: { Code: 'NoRefresh', Message: `${grant.MediaType} uploads have no credential refresh in the API: ask upload_media for a new ticket.` } };
      }
      try {
        const answer = await api.call('RefreshUploadVideo', { VideoId: grant.MediaId }, { idempotent: false });
        return { status: 200, body: { MediaId: grant.MediaId, UploadAddress: answer.UploadAddress ?? grant.UploadAddress, UploadAuth: answer.UploadAuth } };
      } catch (error) {
        if (!(error instanceof VodApiError)) throw error;
        return { status: 502, body: { Code: error.code, Message: error.message, RequestId: error.requestId } };
      }
    },
  };
}

/** The ticket store (Redis) is unreachable: the ticket is refused, not guessed at (fail closed); it stays valid. */
const UNAVAILABLE: EndpointAnswer = { status: 503, body: { Code: 'ServiceUnavailable', Message: 'The upload ticket store cannot be reached right now; nothing was used up. Retry in a few seconds.' } };

async function storeAnswer<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch {
    return null;
  }
}
