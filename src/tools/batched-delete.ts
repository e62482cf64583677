import { z } from 'zod';
import { idListOf, VodApiError, type ApiParams, type ApiResponse } from '../client/index.js';
import type { ToolContext } from './define-tool.js';

/**
 * Destructive calls on more items than the API takes at once: the tool accepts up to TOOL_BATCH_MAX IDs,
 * is confirmed once for the whole set, then calls the API in batches and reports every item.
 */
export const TOOL_BATCH_MAX = 200;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/** Runs `work` per batch; a failed batch is recorded, not thrown, so the caller can report per item. */
export async function eachBatch<T>(items: readonly T[], size: number, work: (batch: T[]) => Promise<ApiResponse>): Promise<{ batch: T[]; result?: ApiResponse; error?: VodApiError }[]> {
  const outcomes: { batch: T[]; result?: ApiResponse; error?: VodApiError }[] = [];
  for (const batch of chunk(items, size)) {
    try {
      outcomes.push({ batch, result: await work(batch) });
    } catch (error) {
      if (!(error instanceof VodApiError)) throw error;
      outcomes.push({ batch, error });
    }
  }
  return outcomes;
}

export interface BatchedDelete<L extends string = string> {
  readonly action: string;
  /** The comma-list parameter, e.g. VideoIds. */
  readonly listParam: string;
  /** The key of each per-item result, e.g. VideoId. */
  readonly idKey: string;
  /** The API's per-call maximum. */
  readonly apiMax: number;
  /** Response list fields -> the per-item result they mean, e.g. { NonExistVideoIds: 'not_found' }. */
  readonly lists: Readonly<Record<L, string>>;
  /** The error code meaning "none of this batch exists". */
  readonly noneFoundCode?: string;
}

export const batchResults = (idKey: string, outcomes: readonly string[]) =>
  z
    .array(z.object({ [idKey]: z.string(), Result: z.enum(['deleted', 'failed', ...outcomes] as [string, ...string[]]), Error: z.string().optional(), Note: z.string().optional() }))
    .optional();

/** A retry after a lost answer finds the items the first attempt deleted gone: they are reported deleted, not not_found. */
const DELETED_BY_LOST_ATTEMPT = 'The answer to the first attempt was lost; the retry found this item gone, so that attempt deleted it.';

/** Calls `spec.action` per batch with the other arguments unchanged; aggregates the lists and adds Results. */
export type BatchedDeleteResult<L extends string> = { RequestId: string; Results: Record<string, string>[] } & Record<L, string[]>;

export async function runBatchedDelete<L extends string>(spec: BatchedDelete<L>, ids: readonly string[], otherParams: ApiParams, context: ToolContext): Promise<BatchedDeleteResult<L>> {
  const retriedAfterLostAnswer = new Set<readonly string[]>();
  const outcomes = await eachBatch(ids, spec.apiMax, (batch) =>
    context.api.call(
      spec.action,
      { ...otherParams, [spec.listParam]: batch.join(',') },
      { idempotent: true, signal: context.signal, onRetry: ({ answerLost }) => void (answerLost && retriedAfterLostAnswer.add(batch)) },
    ),
  );
  const results: Record<string, string>[] = [];
  let requestId = '';
  for (const { batch, result, error } of outcomes) {
    requestId = String(result?.RequestId ?? error?.requestId ?? requestId);
    const labelled = new Map<string, string>();
    for (const [field, label] of Object.entries<string>(spec.lists)) for (const id of idListOf(result, field)) labelled.set(id, label);
    const lostFirstAnswer = retriedAfterLostAnswer.has(batch);
    for (const id of batch) {
      const label = labelled.get(id) ?? (error && error.code === spec.noneFoundCode ? 'not_found' : undefined);
      if (label === 'not_found' && lostFirstAnswer) results.push({ [spec.idKey]: id, Result: 'deleted', Note: DELETED_BY_LOST_ATTEMPT });
      else if (label) results.push({ [spec.idKey]: id, Result: label });
      else if (error) results.push({ [spec.idKey]: id, Result: 'failed', Error: `${error.code}: ${error.message}${error.requestId ? ` (RequestId ${error.requestId})` : ''}` });
      else results.push({ [spec.idKey]: id, Result: 'deleted' });
    }
  }
  const lists = Object.fromEntries(
    Object.entries<string>(spec.lists).map(([field, label]) => [field, results.filter((item) => item.Result === label).map((item) => item[spec.idKey]!)]),
  ) as Record<L, string[]>;
  return { RequestId: requestId, Results: results, ...lists };
}
