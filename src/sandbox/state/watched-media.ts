import type { SandboxData } from './sandbox-state.js';

/** The collections of searchable media; every write to them or to their records is reported. */
export type MediaCollection = 'videos' | 'images' | 'attachedMedia';

export type MediaChange =
  | { readonly kind: 'added' | 'replaced' | 'removed' | 'changed'; readonly collection: MediaCollection; readonly id: string }
  /** The whole data was replaced (reset, a state file loaded): everything may have changed. */
  | { readonly kind: 'reset' };

export type MediaChangeListener = (change: MediaChange) => void;

type Collection = Record<string, object>;

// Module-wide so that data moved from one SandboxState to another (reset) is unwrapped, never wrapped twice.
const targetOfProxy = new WeakMap<object, object>();
const idOfRecord = new WeakMap<object, string>();

/** The plain object behind a watched record or collection (reads through it are not reported, and faster). */
export function unwatched<T extends object>(value: T): T {
  return (targetOfProxy.get(value) as T | undefined) ?? value;
}

/**
 * Replaces the media collections of `data` by proxies reporting to `notify` every record added, replaced or removed,
 * and every property written on a record, whoever holds the record: handlers mutate records in place
 * (`video.Status = 'Normal'`), so the collections alone would not see status or category changes.
 * A record inserted as a plain object is reported as added; writes through that plain reference are not seen, so
 * code that inserts a record and keeps changing it must continue with the stored (watched) one.
 */
export function watchMediaCollections(data: SandboxData, notify: MediaChangeListener): void {
  data.videos = watchCollection('videos', data.videos, notify);
  data.images = watchCollection('images', data.images, notify);
  data.attachedMedia = watchCollection('attachedMedia', data.attachedMedia, notify);
}

function watchCollection<T extends Collection>(collection: MediaCollection, watchedOrPlain: T, notify: MediaChangeListener): T {
  const target = unwatched(watchedOrPlain);
  const recordHandler = watchedRecordHandler(collection, notify);
  const wrap = (id: string, value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const record = unwatched(value);
    idOfRecord.set(record, id);
    const proxy = new Proxy(record, recordHandler);
    targetOfProxy.set(proxy, record);
    return proxy;
  };
  for (const id of Object.keys(target)) Reflect.set(target, id, wrap(id, target[id]));

  const proxy = new Proxy(target, {
    set(object, key, value) {
      if (typeof key !== 'string') return Reflect.set(object, key, value);
      const added = !Object.hasOwn(object, key);
      Reflect.set(object, key, wrap(key, value));
      notify({ kind: added ? 'added' : 'replaced', collection, id: key });
      return true;
    },
    deleteProperty(object, key) {
      const existed = typeof key === 'string' && Object.hasOwn(object, key);
      const deleted = Reflect.deleteProperty(object, key);
      if (existed && typeof key === 'string') notify({ kind: 'removed', collection, id: key });
      return deleted;
    },
  });
  targetOfProxy.set(proxy, target);
  return proxy;
}

function watchedRecordHandler(collection: MediaCollection, notify: MediaChangeListener): ProxyHandler<object> {
  const changed = (record: object) => {
    const id = idOfRecord.get(record);
    if (id !== undefined) notify({ kind: 'changed', collection, id });
  };
  return {
    set(record, key, value) {
      const done = Reflect.set(record, key, value);
      changed(record);
      return done;
    },
    deleteProperty(record, key) {
      const done = Reflect.deleteProperty(record, key);
      changed(record);
      return done;
    },
    defineProperty(record, key, descriptor) {
      const done = Reflect.defineProperty(record, key, descriptor);
      changed(record);
      return done;
    },
  };
}
