import { z } from 'zod';
import { absent, ifChain, utf8String, whenEquals } from '../schema-helpers.js';
import { templateGroupId } from '../spec-shapes.js';
import type { BulkOperation } from './plan-store.js';

/** Title's limit (UpdateVideoInfos): 128 bytes in UTF-8. */
export const TITLE_MAX_BYTES = 128;

const OPERATIONS = ['Delete', 'SetCategory', 'AddTags', 'SetTitlePrefix', 'RefreshPlayUrls', 'SubmitTranscodes'] as const;
type OperationName = (typeof OPERATIONS)[number];

/** The one argument each operation takes (none for Delete and RefreshPlayUrls); it goes with no other operation. */
const ARGUMENT_OF = { SetCategory: 'CateId', AddTags: 'Tags', SetTitlePrefix: 'TitlePrefix', SubmitTranscodes: 'TemplateGroupId' } as const;
type ArgumentName = (typeof ARGUMENT_OF)[keyof typeof ARGUMENT_OF];
const ARGUMENTS = Object.values(ARGUMENT_OF);

const tag = z.string().min(1).max(32).regex(/^[^,]+$/, 'one tag, no commas');

/** The operation as arguments: Operation, plus the argument it needs. */
export const operationShape = {
  Operation: z
    .enum(OPERATIONS)
    .describe(
      'Delete: delete permanently (DeleteVideo). SetCategory: move to CateId. AddTags: add Tags. SetTitlePrefix: prefix titles with TitlePrefix. ' +
        'RefreshPlayUrls: refresh their CDN play URLs. SubmitTranscodes: transcode each with TemplateGroupId.',
    ),
  CateId: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().describe('SetCategory: the target category ID.'),
  Tags: z.array(tag).min(1).max(16).optional().describe('AddTags: the tags to add (a video holds at most 16).'),
  TitlePrefix: utf8String(TITLE_MAX_BYTES, 'SetTitlePrefix: put before each title.').min(1).optional(),
  TemplateGroupId: templateGroupId('SubmitTranscodes: the transcode template group.').optional(),
};

/** The published form of checkOperation: each operation requires its argument and refuses the others'. */
export const OPERATION_RULES = ifChain(
  OPERATIONS.map((name) => {
    const own = (ARGUMENT_OF as Partial<Record<OperationName, ArgumentName>>)[name];
    return whenEquals('Operation', name, { ...(own ? { required: [own] } : {}), ...absent(...ARGUMENTS.filter((argument) => argument !== own)) });
  }),
);

type OperationArgs = { Operation: OperationName } & { [K in ArgumentName]?: unknown };

export function checkOperation(args: OperationArgs, ctx: z.RefinementCtx): void {
  const own = (ARGUMENT_OF as Partial<Record<OperationName, ArgumentName>>)[args.Operation];
  if (own && args[own] === undefined) ctx.addIssue({ code: 'custom', path: [own], message: `${args.Operation} needs ${own}` });
  for (const [operation, argument] of Object.entries(ARGUMENT_OF)) {
    if (argument !== own && args[argument] !== undefined) ctx.addIssue({ code: 'custom', path: [argument], message: `${argument} only goes with ${operation}` });
  }
}

export function operationOf(args: z.output<z.ZodObject<typeof operationShape>>): BulkOperation {
  switch (args.Operation) {
    case 'Delete':
      return { Type: 'Delete' };
    case 'SetCategory':
      return { Type: 'SetCategory', CateId: args.CateId! };
    case 'AddTags':
      return { Type: 'AddTags', Tags: [...new Set(args.Tags!)] };
    case 'SetTitlePrefix':
      return { Type: 'SetTitlePrefix', TitlePrefix: args.TitlePrefix! };
    case 'RefreshPlayUrls':
      return { Type: 'RefreshPlayUrls' };
    case 'SubmitTranscodes':
      return { Type: 'SubmitTranscodes', TemplateGroupId: args.TemplateGroupId! };
  }
}

export function describeOperation(operation: BulkOperation, count: number): string {
  const videos = `${count} video${count === 1 ? '' : 's'}`;
  switch (operation.Type) {
    case 'Delete':
      return `Delete ${videos} permanently`;
    case 'SetCategory':
      return `Set the category of ${videos} to ${operation.CateId}`;
    case 'AddTags':
      return `Add the tags ${operation.Tags.join(', ')} to ${videos}`;
    case 'SetTitlePrefix':
      return `Prefix the titles of ${videos} with ${JSON.stringify(operation.TitlePrefix)}`;
    case 'RefreshPlayUrls':
      return `Refresh the CDN play URLs of ${videos}`;
    case 'SubmitTranscodes':
      return `Submit a transcode (billable) of ${videos} with template group ${operation.TemplateGroupId}`;
  }
}

export interface CurrentVideo {
  Title?: string | undefined;
  CateId?: number | undefined;
  Tags?: string | undefined;
}

export const splitTags = (tags: string | undefined): string[] => (tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean);

/** The video is already what the operation would make it (never for Delete, RefreshPlayUrls, SubmitTranscodes). */
export function alreadyDone(operation: BulkOperation, current: CurrentVideo): boolean {
  switch (operation.Type) {
    case 'SetCategory':
      return current.CateId === operation.CateId;
    case 'AddTags': {
      const have = new Set(splitTags(current.Tags));
      return operation.Tags.every((tag) => have.has(tag));
    }
    case 'SetTitlePrefix':
      return (current.Title ?? '').startsWith(operation.TitlePrefix);
    default:
      return false;
  }
}

/** A change the API would refuse, known without calling it: the item fails with this local code. */
export function localFailure(operation: BulkOperation, current: CurrentVideo): { Code: string; Message: string } | undefined {
  if (operation.Type !== 'SetTitlePrefix' || alreadyDone(operation, current)) return undefined;
  const bytes = Buffer.byteLength(prefixedTitle(operation.TitlePrefix, current.Title), 'utf8');
  if (bytes <= TITLE_MAX_BYTES) return undefined;
  return { Code: 'TitleTooLong', Message: `The prefixed title would be ${bytes} bytes (UTF-8), over the ${TITLE_MAX_BYTES} a title may have: shorten the title or the prefix. No call was made.` };
}

export const prefixedTitle = (prefix: string, title: string | undefined): string => `${prefix}${title ?? ''}`;

/** The tags after adding the operation's, existing order first, no duplicates. */
export function mergedTags(current: string | undefined, added: readonly string[]): string {
  return [...new Set([...splitTags(current), ...added])].join(',');
}
