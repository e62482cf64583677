import { answerLost, VodApiError, type ApiResponse } from '../../../client/index.js';
import type { ToolContext } from '../../define-tool.js';
import type { BulkPlan, ItemState, PlanItem } from '../plan-store.js';

export const NOT_FOUND_CODES = new Set(['InvalidVideo.NotFound']);

/** Permission refusals (the gateway's table in data/manual/gateway-errors.md and the spec's app errors): forbidden, not failed. */
export const FORBIDDEN_CODES = new Set(['Forbidden', 'Forbidden.RAM', 'Forbidden.OperateApp', 'Forbidden.OperateAppResource', 'AccessDenied', 'NoPermission']);

export const LOST_ANSWER_NOTE = 'The answer to this plan\'s call was lost; a later look found the change made, so that call made it.';

/** A chunk's videos to change, with what the re-check found. */
export interface Target {
  readonly item: PlanItem;
  readonly video: Record<string, unknown>;
}

export interface ChunkRun {
  readonly plan: BulkPlan;
  readonly context: ToolContext;
  /** Writes the plan now (before a call that cannot be repeated blindly). */
  readonly save: () => Promise<void>;
}

/** Runs the operation's calls for one chunk; every target ends in a final state. */
export type Executor = (targets: readonly Target[], run: ChunkRun) => Promise<void>;

/** Sets the final state; `Sent` stays only after a lost answer (the change may have been made). */
export function settle(item: PlanItem, state: ItemState, detail: { Code?: string | undefined; Message?: string | undefined; JobId?: string | undefined; keepSent?: boolean } = {}): void {
  item.State = state;
  item.Code = detail.Code;
  item.Message = detail.Message;
  if (detail.JobId !== undefined) item.JobId = detail.JobId;
  if (!detail.keepSent) item.Sent = undefined;
}

export function stateOfError(error: VodApiError): ItemState {
  return NOT_FOUND_CODES.has(error.code) ? 'not_found' : FORBIDDEN_CODES.has(error.code) ? 'forbidden' : 'failed';
}

/**
 * The item as the API's error makes it: not_found, forbidden or failed with the API's code. `Sent` stays when this
 * call's answer was lost, or, for a failed re-check (`recheck`), whenever it was set: that says nothing of the earlier call.
 */
export function settleWithError(item: PlanItem, error: VodApiError, options: { prefix?: string; recheck?: boolean } = {}): void {
  const prefix = options.prefix ?? '';
  const state = stateOfError(error);
  const lost = answerLost(error) || error.outcomeUnknown;
  if (state === 'not_found') return settle(item, 'not_found');
  const message = `${prefix}${error.message}${error.requestId ? ` (RequestId ${error.requestId})` : ''}${lost ? ' The answer was lost: the change may have been made; a rerun checks first.' : ''}`;
  settle(item, state, { Code: error.code, Message: message, keepSent: item.Sent === true && (lost || options.recheck === true) });
}

export function isApiError(error: unknown): error is VodApiError {
  return error instanceof VodApiError;
}

/** An ID list of an answer: a list in the flat shape, or a comma-joined string (RefreshMediaPlayUrls). */
export function idsOf(answer: ApiResponse, field: string): Set<string> {
  const value = answer[field];
  if (Array.isArray(value)) return new Set(value.map(String));
  if (typeof value === 'string') return new Set(value.split(',').map((id) => id.trim()).filter(Boolean));
  return new Set();
}
