/** One API request as the sandbox answered it (Signature removed), for tests and GET /__sandbox/requests. */
export interface RecordedRequest {
  readonly action: string;
  readonly method: string;
  readonly params: Record<string, string>;
  readonly status: number;
  readonly code?: string;
}

interface Slot {
  readonly action: string;
  readonly method: string;
  /** The request's parameters as parsed, Signature included; copied without it when first read. */
  readonly raw: Readonly<Record<string, string>>;
  readonly status: number;
  readonly code: string | undefined;
  recorded?: RecordedRequest;
}

/**
 * The last `capacity` requests in a ring: recording one costs O(1) whatever the capacity (an array's shift() moved
 * every element on each request). Reading gives a fresh array, oldest first, as the old array was.
 */
export class RequestLog {
  private readonly slots: (Slot | undefined)[];
  private next = 0;
  private count = 0;

  constructor(private readonly capacity = 1000) {
    this.slots = new Array<Slot | undefined>(capacity);
  }

  record(action: string, method: string, params: Readonly<Record<string, string>>, status: number, code?: string): void {
    this.slots[this.next] = { action, method, raw: params, status, code };
    this.next = (this.next + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }

  clear(): void {
    this.slots.fill(undefined);
    this.next = 0;
    this.count = 0;
  }

  get size(): number {
    return this.count;
  }

  toArray(): RecordedRequest[] {
    const out: RecordedRequest[] = [];
    const first = (this.next - this.count + this.capacity) % this.capacity;
    for (let i = 0; i < this.count; i++) {
      const slot = this.slots[(first + i) % this.capacity]!;
      out.push((slot.recorded ??= recordedOf(slot)));
    }
    return out;
  }
}

function recordedOf(slot: Slot): RecordedRequest {
  const { Signature: _signature, ...params } = slot.raw;
  return { action: slot.action, method: slot.method, params, status: slot.status, ...(slot.code ? { code: slot.code } : {}) };
}
