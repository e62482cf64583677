import {
  CLIENT_CAPABILITIES_META_KEY,
  inputRequired,
  inputResponse,
  PROTOCOL_VERSION_META_KEY,
  SdkError,
  SdkErrorCode,
  type ClientCapabilities,
  type Server,
  type ServerContext,
} from '@modelcontextprotocol/server';
import { CONFIRM_INPUT_KEY, type ConfirmationPeer, type ElicitOutcome, type MultiRoundTripPeer } from './confirmation-elicit.js';

/** The first protocol revision without server-to-client requests: confirmation goes in-band (input_required). */
export const MULTI_ROUND_TRIP_REVISION = '2026-07-28';

/** The revision this request is served under: its envelope on 2026-07-28, else the connection's. */
export function revisionOf(server: Server, ctx: ServerContext | undefined): string | undefined {
  const claimed = envelopeOf(ctx)[PROTOCOL_VERSION_META_KEY];
  return typeof claimed === 'string' ? claimed : server.getNegotiatedProtocolVersion();
}

/** The per-request envelope keys (2026-07-28), as the SDK lifted them out of `_meta`. */
function envelopeOf(ctx: ServerContext | undefined): Record<string, unknown> {
  return ctx?.mcpReq.envelope ?? {};
}

export function isMultiRoundTrip(server: Server, ctx: ServerContext | undefined): boolean {
  return (revisionOf(server, ctx) ?? '') >= MULTI_ROUND_TRIP_REVISION;
}

/** Form elicitation declared at initialize (2025 era) or in this request's envelope (2026-07-28). */
export function clientCanElicit(server: Server, ctx: ServerContext | undefined): boolean {
  return Boolean(clientCapabilitiesOf(server, ctx)?.elicitation?.form);
}

/** What the client declared: at initialize (2025 era) or in this request's envelope (2026-07-28). */
export function clientCapabilitiesOf(server: Server, ctx: ServerContext | undefined): ClientCapabilities | undefined {
  const declared = envelopeOf(ctx)[CLIENT_CAPABILITIES_META_KEY];
  return server.getClientCapabilities() ?? (typeof declared === 'object' && declared !== null ? (declared as ClientCapabilities) : undefined);
}

/** Who is calling: the identity the HTTP transport put on the request (from the bearer token), else the local user. */
export function principalOf(ctx: ServerContext): string {
  const identity = ctx.http?.authInfo?.clientId;
  if (identity) return identity;
  return ctx.http ? 'http:anonymous' : 'stdio:local-user';
}

/**
 * The SDK request as confirmation sees it. 2025 era: elicitation on this request's stream, progress on its token.
 * 2026-07-28: the in-band form (input_required) and the echoed request state and answer of a retry.
 */
export function confirmationPeerFor(server: Server, ctx: ServerContext): ConfirmationPeer {
  const progressToken = ctx.mcpReq._meta?.progressToken;
  let progress = 0;
  return {
    canElicit: clientCanElicit(server, ctx),
    multiRoundTrip: isMultiRoundTrip(server, ctx) ? multiRoundTripPeer(ctx) : undefined,
    elicit: async (request, { timeoutMs, signal }) => {
      try {
        const answer = await ctx.mcpReq.send({ method: 'elicitation/create', params: { mode: 'form', ...request } }, { timeout: timeoutMs, signal });
        return { kind: 'answer', action: answer.action, content: answer.content };
      } catch (error) {
        if (error instanceof SdkError && error.code === SdkErrorCode.RequestTimeout) return { kind: 'timeout' };
        return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
      }
    },
    keepAlive:
      progressToken === undefined
        ? undefined
        : (message) => void ctx.mcpReq.notify({ method: 'notifications/progress', params: { progressToken, progress: ++progress, message } }).catch(() => {}),
  };
}

function multiRoundTripPeer(ctx: ServerContext): MultiRoundTripPeer {
  const state = ctx.mcpReq.requestState<unknown>();
  return {
    principal: principalOf(ctx),
    requestState: typeof state === 'string' ? state : undefined,
    answer: answerOf(ctx.mcpReq.inputResponses),
    ask: (request, requestState) => ({ ...inputRequired({ inputRequests: { [CONFIRM_INPUT_KEY]: inputRequired.elicit({ mode: 'form', ...request }) }, requestState }) }),
  };
}

function answerOf(responses: Record<string, unknown> | undefined): ElicitOutcome | undefined {
  const view = inputResponse(responses, CONFIRM_INPUT_KEY);
  if (view.kind === 'missing') return undefined;
  if (view.kind !== 'elicit') return { kind: 'failed', detail: `the client answered the confirmation form with a ${view.kind} response` };
  return { kind: 'answer', action: view.action, content: view.content };
}
