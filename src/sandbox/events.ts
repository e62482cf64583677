import type { VodEvent } from './state/records.js';

/** Media lifecycle events; the settings family delivers them to the configured callback URL. */
export class EventBus {
  private readonly listeners = new Set<(event: VodEvent) => void>();
  readonly history: VodEvent[] = [];

  on(listener: (event: VodEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: VodEvent): void {
    this.history.push(event);
    if (this.history.length > 1000) this.history.shift();
    for (const listener of this.listeners) listener(event);
  }
}
