import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { VodApiError } from '../client/index.js';
import type { ConfirmPolicy, ConfirmVia } from '../config.js';
import type { AnyTool, Preview, ToolContext } from '../tools/define-tool.js';
import type { ConfirmationTokens } from './confirmation-token.js';
import { delimitData, UNTRUSTED_NOTICE } from './untrusted.js';

export const TOKEN_ARGUMENT = 'ConfirmationToken';

export interface ConfirmationSettings {
  readonly policy: ConfirmPolicy;
  readonly via: ConfirmVia;
  readonly tokens: ConfirmationTokens;
}

export function needsConfirmation(tool: AnyTool, policy: ConfirmPolicy): boolean {
  if (policy === 'never') return false;
  return tool.tier === 'destructive' || (policy === 'write' && tool.tier === 'write');
}

export function clientCanElicit(server: Server): boolean {
  return Boolean(server.getClientCapabilities()?.elicitation?.form);
}

/** Tools a client is offered: with `--confirm-via elicitation`, confirmable tools only for clients that can elicit. */
export function isOffered(tool: AnyTool, settings: ConfirmationSettings, server: Server): boolean {
  return !(settings.via === 'elicitation' && needsConfirmation(tool, settings.policy) && !clientCanElicit(server));
}

export type Gate = { proceed: true } | { proceed: false; result: CallToolResult };

/**
 * The confirmation step: elicitation when the client supports it (a human answers), else a two-step
 * single-use token bound to the exact arguments. Anything but an explicit yes changes nothing.
 */
export async function confirm(
  tool: AnyTool,
  args: Record<string, unknown>,
  token: string | undefined,
  context: ToolContext,
  server: Server,
  settings: ConfirmationSettings,
): Promise<Gate> {
  if (token !== undefined) {
    const refused = settings.tokens.redeem(tool.name, args, token);
    if (!refused) return { proceed: true };
    return stop(`Confirmation refused: ${refused}. Nothing was changed. Call ${tool.name} again without ${TOKEN_ARGUMENT} to get a fresh preview and token.`);
  }
  const preview = await resolvePreview(tool, args, context);
  if (clientCanElicit(server)) {
    try {
      const answer = await server.elicitInput({
        message: previewText(tool, preview),
        requestedSchema: {
          type: 'object',
          properties: { confirm: { type: 'boolean', title: `Run ${tool.title}?`, description: 'Tick to confirm. This cannot be undone.' } },
          required: ['confirm'],
        },
      });
      if (answer.action === 'accept' && answer.content?.confirm === true) return { proceed: true };
      const how = answer.action === 'accept' ? 'did not confirm' : answer.action === 'decline' ? 'declined' : 'cancelled';
      return stop(`Not done: the user ${how} ${tool.name}. Nothing was changed.`);
    } catch (error) {
      if (settings.via === 'elicitation') return stop(`Not done: confirmation could not be asked (${(error as Error).message}). Nothing was changed.`);
      // The client advertised elicitation but could not do it: fall back to the token.
    }
  }
  const issued = settings.tokens.issue(tool.name, args);
  return stop(
    `CONFIRMATION REQUIRED. Nothing was changed yet.\n${previewText(tool, preview)}\n` +
      `Show this preview to the user and get their explicit approval. To proceed, call ${tool.name} again with exactly the same arguments plus ` +
      `"${TOKEN_ARGUMENT}": "${issued}" (single use, valid 5 minutes, only for these arguments).`,
  );
}

function stop(text: string): Gate {
  return { proceed: false, result: { isError: true, content: [{ type: 'text', text }] } };
}

async function resolvePreview(tool: AnyTool, args: Record<string, unknown>, context: ToolContext): Promise<Preview> {
  if (!tool.preview) return { summary: `${tool.title} with these arguments.`, items: [args] };
  try {
    return await tool.preview(args, context);
  } catch (error) {
    const reason = error instanceof VodApiError ? `${error.code}: ${error.message}` : (error as Error).message;
    return { summary: `${tool.title} with these arguments (the preview lookup failed: ${reason}).`, items: [args] };
  }
}

export function previewText(tool: AnyTool, preview: Preview): string {
  const lines = [`${tool.name} (${tool.title}) is ${tool.tier}: ${tool.tierReason}`, `Preview: ${preview.summary}`];
  if (preview.items?.length) lines.push(UNTRUSTED_NOTICE, delimitData(preview.items));
  return lines.join('\n');
}
