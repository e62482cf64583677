import type { VodApi } from '../client/index.js';
import type { Logger } from '../log.js';
import { mediaStatus } from './readers.js';
import { parseVodUri, type MediaKind } from './uris.js';

export interface PollSettings {
  readonly initialMs: number;
  readonly maxMs: number;
}

/**
 * resources/subscribe on a media item: polls its status with backoff (fast after a change, slower while
 * nothing moves) and calls `notify` when status, audit status or modification time change.
 */
export class MediaSubscriptions {
  private readonly watches = new Map<string, { timer: NodeJS.Timeout; last: string; delay: number }>();
  /** Subscriptions still reading their first status: a second subscribe waits for the first; unsubscribe cancels it. */
  private readonly starting = new Map<string, { cancelled: boolean; done: Promise<void> }>();

  constructor(
    private readonly api: VodApi,
    private readonly notify: (uri: string) => Promise<void>,
    private readonly logger: Logger,
    private readonly poll: PollSettings,
  ) {}

  async subscribe(uri: string): Promise<void> {
    const parsed = parseVodUri(uri);
    if (parsed?.kind !== 'media') throw new Error(`Only media resources (vod://media/<kind>/<id>) can be subscribed to, not ${uri}.`);
    if (this.watches.has(uri)) return;
    const pending = this.starting.get(uri);
    if (pending) return pending.done;
    const start = { cancelled: false, done: Promise.resolve() };
    start.done = mediaStatus(this.api, parsed.media, parsed.id).then(
      (last) => {
        if (this.starting.get(uri) === start) this.starting.delete(uri);
        if (!start.cancelled) this.watch(uri, parsed, last);
      },
      (error: unknown) => {
        if (this.starting.get(uri) === start) this.starting.delete(uri);
        throw error;
      },
    );
    this.starting.set(uri, start);
    return start.done;
  }

  private watch(uri: string, parsed: { media: MediaKind; id: string }, last: string): void {
    const watch = { timer: setTimeout(() => {}, 0), last, delay: this.poll.initialMs };
    this.watches.set(uri, watch);
    const tick = async () => {
      if (this.watches.get(uri) !== watch) return;
      try {
        const now = await mediaStatus(this.api, parsed.media, parsed.id);
        if (this.watches.get(uri) !== watch) return;
        if (now !== watch.last) {
          watch.last = now;
          watch.delay = this.poll.initialMs;
          await this.notify(uri);
        } else watch.delay = Math.min(this.poll.maxMs, Math.round(watch.delay * 1.5));
      } catch (error) {
        this.logger.debug(`subscription poll for ${uri} failed: ${(error as Error).message}`);
        watch.delay = Math.min(this.poll.maxMs, watch.delay * 2);
      }
      if (this.watches.get(uri) === watch) watch.timer = setTimeout(tick, watch.delay);
    };
    watch.timer = setTimeout(tick, watch.delay);
  }

  unsubscribe(uri: string): void {
    const start = this.starting.get(uri);
    if (start) start.cancelled = true;
    this.starting.delete(uri);
    const watch = this.watches.get(uri);
    if (watch) clearTimeout(watch.timer);
    this.watches.delete(uri);
  }

  close(): void {
    for (const uri of new Set([...this.watches.keys(), ...this.starting.keys()])) this.unsubscribe(uri);
  }
}
