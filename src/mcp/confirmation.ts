import { VodApiError } from '../client/index.js';
import type { AnyTool, Preview, ToolContext } from '../tools/define-tool.js';
import { ConfirmationTokens } from './confirmation-token.js';
import { askHuman, confirmationForm, judge, type ConfirmationPeer, type MultiRoundTripPeer } from './confirmation-elicit.js';
import { ConfirmationStates } from './confirmation-state.js';
import { CONFIRMATION_OUTPUT_SCHEMA, notConfirmed, refused, tokenReply, type Reply } from './confirmation-reply.js';
import { delimitData, UNTRUSTED_NOTICE } from './untrusted.js';

export type { ConfirmationPeer, ElicitOutcome, FormRequest, MultiRoundTripPeer } from './confirmation-elicit.js';
export type { Reply } from './confirmation-reply.js';

export const TOKEN_ARGUMENT = 'ConfirmationToken';
export const DEFAULT_CONFIRM_TIMEOUT_MS = 10 * 60 * 1000;

/** Which tiers need a confirmation before they run. */
export type ConfirmTiers = 'destructive' | 'write' | 'never';
/** auto: elicitation where the client declared it, else the two-step token. elicitation: a human answer only. */
export type ConfirmVia = 'auto' | 'elicitation';

/** The confirmation policy of a server: the one type createServer takes. */
export interface ConfirmationPolicy {
  readonly confirm: ConfirmTiers;
  readonly via: ConfirmVia;
  /** How long a human has to answer (default 10 minutes). */
  readonly timeoutMs?: number;
  /** Shared by every session of a process; random key when omitted. */
  readonly tokens?: ConfirmationTokens;
}

/** R: what the caller's argument parser answers on invalid input (passed through unchanged); `unknown` is an input_required result. */
export type Gate<R = Reply> = { proceed: true; args: Record<string, unknown> } | { proceed: false; result: R | Reply | InputRequired };

/** The input_required result the peer built (opaque here: confirmation knows no SDK). */
export interface InputRequired {
  readonly inputRequired: Record<string, unknown>;
}

export function isInputRequired(result: unknown): result is InputRequired {
  return typeof result === 'object' && result !== null && 'inputRequired' in result;
}

type Parse<R> = (args: Record<string, unknown>) => { ok: true; args: Record<string, unknown> } | { ok: false; result: R };

interface JsonSchemaObject {
  readonly properties?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

/**
 * The one home of confirmation: which tools need it, which are offered, what their published schemas add, and
 * the gate every call of a confirmable tool passes. Knows no transport and no SDK: the server adapts its
 * client connection to a ConfirmationPeer.
 */
export class Confirmation {
  readonly confirm: ConfirmTiers;
  readonly via: ConfirmVia;
  readonly timeoutMs: number;
  readonly tokens: ConfirmationTokens;
  /** Named in every token, so a token minted under another policy is refused. */
  readonly label: string;
  /** Sealed request states of the 2026-07-28 in-band confirmation. */
  readonly states: ConfirmationStates;

  constructor(policy: ConfirmationPolicy = { confirm: 'destructive', via: 'auto' }) {
    this.confirm = policy.confirm;
    this.via = policy.via;
    this.timeoutMs = policy.timeoutMs ?? DEFAULT_CONFIRM_TIMEOUT_MS;
    this.tokens = policy.tokens ?? new ConfirmationTokens();
    this.label = `${policy.confirm}/${policy.via}`;
    this.states = new ConfirmationStates(this.tokens, this.timeoutMs);
  }

  needsConfirmation(tool: Pick<AnyTool, 'tier'>): boolean {
    if (this.confirm === 'never') return false;
    return tool.tier === 'destructive' || (this.confirm === 'write' && tool.tier === 'write');
  }

  /** With `--confirm-via elicitation`, confirmable tools are offered only to clients that can elicit. */
  isOffered(tool: Pick<AnyTool, 'tier'>, canElicit: boolean): boolean {
    return !(this.via === 'elicitation' && this.needsConfirmation(tool) && !canElicit);
  }

  /** The token flow runs only for clients that cannot ask a human, and only in auto mode. */
  usesTokens(tool: Pick<AnyTool, 'tier'>, canElicit: boolean): boolean {
    return this.via === 'auto' && !canElicit && this.needsConfirmation(tool);
  }

  /** What the published tool adds for the token flow: the token argument, and the confirmation reply as an output. */
  publish<T extends { inputSchema: JsonSchemaObject; outputSchema?: JsonSchemaObject | undefined }>(tool: Pick<AnyTool, 'tier'>, published: T, canElicit: boolean): T {
    if (!this.usesTokens(tool, canElicit)) return published;
    const inputSchema = { ...published.inputSchema, properties: { ...published.inputSchema.properties, [TOKEN_ARGUMENT]: TOKEN_SCHEMA } };
    if (!published.outputSchema) return { ...published, inputSchema };
    const { $defs, ...result } = published.outputSchema;
    const outputSchema = { type: 'object', ...($defs ? { $defs } : {}), anyOf: [result, CONFIRMATION_OUTPUT_SCHEMA] };
    return { ...published, inputSchema, outputSchema };
  }

  /**
   * Where a 2026-07-28 client can elicit: the first call answers input_required with the form (the resolved preview)
   * and a sealed request state; the retry must echo the state for this tool, these arguments and this principal,
   * unexpired and unspent. The state is spent whatever the answer, and only an explicit accept of the form runs.
   */
  async gateInBand<R>(tool: AnyTool, args: Record<string, unknown>, context: ToolContext, peer: MultiRoundTripPeer): Promise<Gate<R>> {
    const binding = { tool: tool.name, args, principal: peer.principal, policy: this.label };
    if (peer.requestState === undefined) {
      const preview = await resolvePreview(tool, args, context);
      const form = confirmationForm(tool, previewText(tool, preview));
      return stop({ inputRequired: peer.ask(form, this.states.seal(binding)) });
    }
    const why = await this.states.redeem(peer.requestState, binding);
    if (why) {
      return stop(refused(`Confirmation refused: ${why}. Nothing was changed. Call ${tool.name} again without a request state to be asked again, and let the user answer.`));
    }
    const answer = judge(peer.answer ?? { kind: 'failed', detail: 'the retry carried no answer to the confirmation form' }, this.timeoutMs);
    if (answer.confirmed && !context.signal?.aborted) return { proceed: true, args };
    return stop(notConfirmed(tool.name, answer.confirmed ? 'the call was cancelled by the client' : answer.why));
  }

  instructions(): string {
    if (this.confirm === 'never') return 'Destructive tools run without a confirmation step on this server: confirm exact targets with the user before calling them.';
    const which = `Destructive tools${this.confirm === 'write' ? ' and write tools' : ''}`;
    const how =
      this.via === 'elicitation'
        ? 'the user confirms each call in the client'
        : `the user confirms in the client, or, where the client cannot ask the user, the first call returns a preview and a ${TOKEN_ARGUMENT} to show the user before repeating the call with it`;
    return `${which} ask for confirmation: ${how}. Never confirm on the user's behalf, and when the user did not confirm, do not retry on your own.`;
  }

  /**
   * The gate of one call. Once the client can elicit, only an explicit, schema-valid accept of the human runs
   * the tool: every other outcome runs nothing and issues nothing. Without elicitation (auto mode), the first call
   * returns a preview and a single-use token bound to the exact arguments; the repeated call with it runs.
   */
  async gate<R>(tool: AnyTool, rawArgs: Record<string, unknown>, parse: Parse<R>, context: ToolContext, peer: ConfirmationPeer): Promise<Gate<R>> {
    const { [TOKEN_ARGUMENT]: token, ...args } = rawArgs;
    if (!this.needsConfirmation(tool)) {
      if (token !== undefined) return stop(refused(`${tool.name} needs no ${TOKEN_ARGUMENT}; call it without one.`));
      return passOn(parse(args));
    }
    if (token !== undefined) {
      if (this.via === 'elicitation') {
        return stop(refused(`Confirmation refused: this server confirms by asking the user and never accepts a ${TOKEN_ARGUMENT}, whoever minted it. Nothing was changed. Call ${tool.name} again without it; the user will be asked.`));
      }
      if (peer.canElicit) {
        return stop(refused(`Confirmation refused: this client asks the user directly, so ${TOKEN_ARGUMENT} is not accepted. Nothing was changed. Call ${tool.name} again without it; the user will be asked.`));
      }
      if (typeof token !== 'string') return stop(refused(`${TOKEN_ARGUMENT} must be a string.`));
    }
    const parsed = parse(args);
    if (!parsed.ok) return stop<R>(parsed.result);
    if (typeof token === 'string') {
      const why = await this.tokens.redeem(tool.name, parsed.args, token, this.label);
      if (!why) return { proceed: true, args: parsed.args };
      return stop(refused(`Confirmation refused: ${why}. Nothing was changed. Call ${tool.name} again without ${TOKEN_ARGUMENT} to get a fresh preview and token, and show it to the user.`));
    }
    if (peer.canElicit && peer.multiRoundTrip) return this.gateInBand(tool, parsed.args, context, peer.multiRoundTrip);
    const preview = await resolvePreview(tool, parsed.args, context);
    if (peer.canElicit) {
      const answer = await askHuman(peer, tool, previewText(tool, preview), this.timeoutMs, context.signal);
      if (answer.confirmed && !context.signal?.aborted) return { proceed: true, args: parsed.args };
      return stop(notConfirmed(tool.name, answer.confirmed ? 'the call was cancelled by the client while the user answered' : answer.why));
    }
    const issued = this.tokens.issue(tool.name, parsed.args, this.label);
    return stop(tokenReply(tool.name, issued, preview, previewText(tool, preview)));
  }
}

const TOKEN_SCHEMA = {
  type: 'string',
  description: 'Only when a previous call asked for confirmation: the token it returned, after the user approved the preview.',
};

export { CONFIRMATION_OUTPUT_SCHEMA };

function stop<R>(result: R | Reply): Gate<R> {
  return { proceed: false, result };
}

function passOn<R>(parsed: ReturnType<Parse<R>>): Gate<R> {
  return parsed.ok ? { proceed: true, args: parsed.args } : { proceed: false, result: parsed.result };
}

async function resolvePreview(tool: AnyTool, args: Record<string, unknown>, context: ToolContext): Promise<Preview> {
  if (!tool.preview) return { summary: `${tool.title} with these arguments.`, items: [args] };
  try {
    return await tool.preview(args, context);
  } catch (error) {
    const reason = error instanceof VodApiError ? error.code : 'the lookup failed';
    return { summary: `${tool.title} with these arguments (the preview lookup failed: ${reason}).`, items: [args] };
  }
}

/** The preview as a person and a model read it: server-written lines, then the affected items fenced as data. */
export function previewText(tool: AnyTool, preview: Preview): string {
  const lines = [`${tool.name} (${tool.title}) is ${tool.tier}: ${tool.tierReason}`, `Preview: ${preview.summary}`];
  if (preview.items?.length) lines.push(UNTRUSTED_NOTICE, delimitData(preview.items));
  return lines.join('\n');
}
