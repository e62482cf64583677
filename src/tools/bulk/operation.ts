import { z } from 'zod';
import type { BulkOperation } from './plan-store.js';

const tag = z.string().min(1).max(32).regex(/^[^,]+$/, 'one tag, no commas');

/** The operation as arguments: Operation, plus CateId for SetCategory or Tags for AddTags. */
export const operationShape = {
  Operation: z.enum(['Delete', 'SetCategory', 'AddTags']).describe('Delete: delete the videos permanently (DeleteVideo). SetCategory: move them to CateId. AddTags: add Tags to each.'),
  CateId: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().describe('SetCategory: the target category ID.'),
  Tags: z.array(tag).min(1).max(16).optional().describe('AddTags: the tags to add (a video holds at most 16).'),
};

type OperationArgs = { Operation: 'Delete' | 'SetCategory' | 'AddTags'; CateId?: number | undefined; Tags?: string[] | undefined };

export function checkOperation(args: OperationArgs, ctx: z.RefinementCtx): void {
  if (args.Operation === 'SetCategory' && args.CateId === undefined) ctx.addIssue({ code: 'custom', path: ['CateId'], message: 'SetCategory needs CateId' });
  if (args.Operation === 'AddTags' && args.Tags === undefined) ctx.addIssue({ code: 'custom', path: ['Tags'], message: 'AddTags needs Tags' });
  if (args.Operation !== 'SetCategory' && args.CateId !== undefined) ctx.addIssue({ code: 'custom', path: ['CateId'], message: 'CateId only goes with SetCategory' });
  if (args.Operation !== 'AddTags' && args.Tags !== undefined) ctx.addIssue({ code: 'custom', path: ['Tags'], message: 'Tags only go with AddTags' });
}

export function operationOf(args: OperationArgs): BulkOperation {
  switch (args.Operation) {
    case 'Delete':
      return { Type: 'Delete' };
    case 'SetCategory':
      return { Type: 'SetCategory', CateId: args.CateId! };
    case 'AddTags':
      return { Type: 'AddTags', Tags: [...new Set(args.Tags!)] };
  }
}
