import type { Preview } from '../tools/define-tool.js';
import type { IssuedToken } from './confirmation-token.js';

/** A tools/call result, in the shape every MCP SDK shares. */
export type Reply = {
  isError?: boolean;
  content: { type: 'text'; text: string }[];
  structuredContent?: Record<string, unknown>;
};

/** The structured reply of the token flow; published as the second branch of the tool's outputSchema. */
export const CONFIRMATION_OUTPUT_SCHEMA = {
  type: 'object',
  description: 'Nothing was done yet: show the preview to the user, and repeat the call with ConfirmationToken only after they approve.',
  properties: {
    confirmationRequired: { type: 'boolean', const: true },
    token: { type: 'string' },
    expiresAt: { type: 'string', description: 'ISO 8601 UTC' },
    preview: {
      type: 'object',
      properties: { summary: { type: 'string' }, items: { type: 'array', items: { type: 'object' } } },
      required: ['summary'],
    },
  },
  required: ['confirmationRequired', 'token', 'expiresAt', 'preview'],
  additionalProperties: false,
} as const;

export function refused(text: string): Reply {
  return { isError: true, content: [{ type: 'text', text }] };
}

/** Every outcome of an elicitation but a yes: an error that says plainly that nothing ran and not to retry. */
export function notConfirmed(tool: string, why: string): Reply {
  return refused(
    `NOT CONFIRMED: the user did not confirm ${tool} (${why}). Nothing was changed and no confirmation token was issued. ` +
      'Do not retry this call on your own: tell the user, and call it again only if they ask you to.',
  );
}

/** A normal result: nothing ran yet, here is what would, and the token that runs it once the user approves. */
export function tokenReply(tool: string, issued: IssuedToken, preview: Preview, previewText: string): Reply {
  return {
    content: [
      {
        type: 'text',
        text:
          `CONFIRMATION REQUIRED. Nothing was changed yet.\n${previewText}\n` +
          `Show this preview to the user and get their explicit approval. To proceed, call ${tool} again with exactly the same arguments plus ` +
          `"ConfirmationToken": "${issued.token}" (single use, valid until ${issued.expiresAt}, only for these arguments).`,
      },
    ],
    structuredContent: { confirmationRequired: true, token: issued.token, expiresAt: issued.expiresAt, preview: { summary: preview.summary, items: [...(preview.items ?? [])] } },
  };
}
