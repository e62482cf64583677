import type { SandboxClock } from './clock.js';
import { invalidParameter, missingParameter, SandboxError } from './errors.js';
import type { EventBus } from './events.js';
import type { SandboxState } from './state/sandbox-state.js';

/** What every action handler and seeder can reach. */
export interface SandboxEnv {
  readonly state: SandboxState;
  readonly clock: SandboxClock;
  readonly events: EventBus;
  /** http://127.0.0.1:PORT of this sandbox, for upload endpoints and play URLs. */
  readonly baseUrl: string;
  readonly region: string;
}

export type ActionResult = Record<string, unknown>;
export type ActionHandler = (context: ActionContext) => ActionResult | Promise<ActionResult>;

export interface ActionModule {
  readonly handlers: Readonly<Record<string, ActionHandler>>;
  /** Adds the family's defaults and demo data. Called once on a fresh state. */
  readonly seed?: (env: SandboxEnv, options: { demo: boolean }) => void;
  /** Adds demo data that needs the demo catalog (videos, categories); runs after it, on a fresh state with demo on. */
  readonly seedDemo?: (env: SandboxEnv) => void;
  /** Called when state was restored from a file: re-arm the family's unfinished jobs (clock timers are not saved). */
  readonly resume?: (env: SandboxEnv) => void;
  /** Called on every start, fresh or restored (e.g. to subscribe to events). */
  readonly attach?: (env: SandboxEnv) => void;
}

/** One request's parameters, with readers that fail the way the service does. */
export class ActionContext implements SandboxEnv {
  constructor(
    readonly env: SandboxEnv,
    readonly action: string,
    readonly params: Readonly<Record<string, string>>,
    readonly requestId: string,
  ) {}

  get state() {
    return this.env.state;
  }
  get clock() {
    return this.env.clock;
  }
  get events() {
    return this.env.events;
  }
  get baseUrl() {
    return this.env.baseUrl;
  }
  get region() {
    return this.env.region;
  }

  /** The value, or undefined when absent or empty. */
  str(name: string): string | undefined {
    const value = this.params[name];
    return value === undefined || value === '' ? undefined : value;
  }

  required(name: string): string {
    const value = this.str(name);
    if (value === undefined) throw missingParameter(name);
    return value;
  }

  int(name: string, options: { min?: number; max?: number; default?: number } = {}): number | undefined {
    const raw = this.str(name);
    if (raw === undefined) return options.default;
    if (!/^-?\d+$/.test(raw)) throw invalidParameter(name, 'It must be an integer.');
    const value = Number(raw);
    if ((options.min !== undefined && value < options.min) || (options.max !== undefined && value > options.max)) {
      throw invalidParameter(name, `It must be between ${options.min ?? '-inf'} and ${options.max ?? 'inf'}.`);
    }
    return value;
  }

  float(name: string): number | undefined {
    const raw = this.str(name);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value)) throw invalidParameter(name, 'It must be a number.');
    return value;
  }

  bool(name: string): boolean | undefined {
    const raw = this.str(name);
    if (raw === undefined) return undefined;
    if (raw !== 'true' && raw !== 'false') throw invalidParameter(name, 'It must be true or false.');
    return raw === 'true';
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T | undefined {
    const raw = this.str(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) throw invalidParameter(name, `Allowed values: ${allowed.join(', ')}.`);
    return raw as T;
  }

  /** A comma-separated list. Over `max` items fails with `tooMany` (e.g. VideoIdsExceededMax) or InvalidParameter. */
  list(name: string, options: { max?: number; tooMany?: SandboxError; required?: boolean } = {}): string[] {
    const raw = options.required ? this.required(name) : this.str(name);
    if (raw === undefined) return [];
    const items = raw
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    if (options.max !== undefined && items.length > options.max) {
      throw options.tooMany ?? invalidParameter(name, `At most ${options.max} items.`);
    }
    return items;
  }

  /** A JSON-valued parameter (Config, UserData, TemplateList...). */
  json<T = unknown>(name: string, options: { required?: boolean } = {}): T | undefined {
    const raw = options.required ? this.required(name) : this.str(name);
    if (raw === undefined) return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      throw invalidParameter(name, 'It must be valid JSON.');
    }
  }

  /**
   * A RepeatList parameter (`Tag.1.Key=a&Tag.1.Value=b`, or `Id.1=a`): the items in index order, each the fields
   * given for it (`{ Key: 'a', Value: 'b' }`) or, for scalars, `{ '': 'a' }`.
   */
  repeatList(name: string): Record<string, string>[] {
    const items = new Map<number, Record<string, string>>();
    const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)(?:\\.(.+))?$`);
    for (const [key, value] of Object.entries(this.params)) {
      const match = pattern.exec(key);
      if (!match) continue;
      const index = Number(match[1]);
      if (index < 1) throw invalidParameter(key, 'RepeatList indexes start at 1.');
      const item = items.get(index) ?? {};
      item[match[2] ?? ''] = value;
      items.set(index, item);
    }
    return [...items.entries()].sort(([a], [b]) => a - b).map(([, item]) => item);
  }

  /**
   * UserData (appendix 17.2): a JSON object whose MessageCallback, if any, is an HTTP callback override, the only
   * kind the appendix allows. Returns the text as given.
   */
  userData(options: { maxBytes?: number } = {}): string | undefined {
    const value = this.json<unknown>('UserData');
    if (value === undefined) return undefined;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalidParameter('UserData', 'It must be a JSON object.');
    const callback = (value as { MessageCallback?: unknown }).MessageCallback;
    const type = callback && typeof callback === 'object' ? (callback as { CallbackType?: unknown }).CallbackType : undefined;
    if (type !== undefined && String(type).toLowerCase() !== 'http') throw invalidParameter('UserData', 'MessageCallback.CallbackType must be http: only HTTP callbacks can be overridden.');
    const raw = this.params.UserData!;
    if (options.maxBytes !== undefined && Buffer.byteLength(raw, 'utf8') > options.maxBytes) throw invalidParameter('UserData', `It must be at most ${options.maxBytes} bytes.`);
    return raw;
  }

  /** `yyyy-MM-ddTHH:mm:ssZ` (UTC). */
  time(name: string, options: { required?: boolean } = {}): number | undefined {
    const raw = options.required ? this.required(name) : this.str(name);
    if (raw === undefined) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/.test(raw) || Number.isNaN(Date.parse(raw))) {
      throw invalidParameter(name, 'Use UTC time in the form yyyy-MM-ddTHH:mm:ssZ.');
    }
    return Date.parse(raw);
  }
}
