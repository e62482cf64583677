/** Faults that tests inject for chosen actions, to exercise retries, timeouts and error handling. */
export type FaultKind = 'throttle' | 'api-throttle' | 'internal-error' | 'unavailable' | 'slow' | 'drop' | 'truncate' | 'error';

export interface FaultSpec {
  /** An action name, or `*` for every action. */
  readonly action: string;
  readonly kind: FaultKind;
  /** How many requests it affects; omitted = until cleared. */
  readonly times?: number;
  /** For `slow`: how long to wait before answering. */
  readonly delayMs?: number;
  /** For `error`: the error to answer with. */
  readonly code?: string;
  readonly message?: string;
  readonly httpStatus?: number;
}

export const FAULT_KINDS: readonly FaultKind[] = ['throttle', 'api-throttle', 'internal-error', 'unavailable', 'slow', 'drop', 'truncate', 'error'];

export class FaultInjector {
  private faults: { spec: FaultSpec; remaining: number }[] = [];

  add(spec: FaultSpec): void {
    if (!FAULT_KINDS.includes(spec.kind)) throw new Error(`unknown fault kind "${spec.kind}"; valid: ${FAULT_KINDS.join(', ')}`);
    this.faults.push({ spec, remaining: spec.times ?? Infinity });
  }

  clear(): void {
    this.faults = [];
  }

  list(): FaultSpec[] {
    return this.faults.map((fault) => ({ ...fault.spec, times: Number.isFinite(fault.remaining) ? fault.remaining : undefined }));
  }

  /** The fault to apply to this request, consuming one use of it. */
  take(action: string): FaultSpec | undefined {
    const fault = this.faults.find((candidate) => candidate.remaining > 0 && (candidate.spec.action === action || candidate.spec.action === '*'));
    if (!fault) return undefined;
    fault.remaining--;
    this.faults = this.faults.filter((candidate) => candidate.remaining > 0);
    return fault.spec;
  }
}
