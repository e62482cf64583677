import { listOf } from '../../client/response-shapes.js';
import type { ToolContext } from '../define-tool.js';

type Category = Record<string, unknown>;


/** The category and every descendant (at most three levels), read with GetCategories. */
export async function categorySubtree(cateId: number, context: ToolContext): Promise<Category[]> {
  const answer = await context.api.call('GetCategories', { CateId: String(cateId), PageSize: '100' }, { idempotent: true, signal: context.signal });
  const self = answer.Category as Category | undefined;
  const result: Category[] = self ? [{ CateId: self.CateId, CateName: self.CateName, Level: self.Level }] : [];
  for (const child of listOf(answer, 'SubCategories')) {
    const childId = Number(child.CateId);
    if (!Number.isFinite(childId) || childId === cateId) continue;
    result.push(...(await categorySubtree(childId, context)));
  }
  return result;
}
