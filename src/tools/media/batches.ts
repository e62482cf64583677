import { VodApiError } from '../../client/index.js';

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/** Runs `work` per batch; a failed batch is recorded, not thrown, so the caller can report per item. */
export async function eachBatch<T, R>(items: readonly T[], size: number, work: (batch: T[]) => Promise<R>): Promise<{ batch: T[]; result?: R; error?: VodApiError }[]> {
  const outcomes: { batch: T[]; result?: R; error?: VodApiError }[] = [];
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
