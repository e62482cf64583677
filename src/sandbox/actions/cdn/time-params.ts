import type { ActionContext } from '../../action-context.js';
import { cdnError } from './cdn-state.js';

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/;

/** StartTime/EndTime of the CDN queries, refused with `Invalid<Name>.Malformed` as their error tables say. */
export function parseTime(context: ActionContext, name: 'StartTime' | 'EndTime'): number | undefined {
  const raw = context.str(name);
  if (raw === undefined) return undefined;
  const ms = Date.parse(raw);
  if (!TIME.test(raw) || Number.isNaN(ms)) throw cdnError(context.action, `Invalid${name}.Malformed`);
  return ms;
}
