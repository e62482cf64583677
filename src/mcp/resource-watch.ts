/**
 * 2026-07-28 resource subscriptions: a `subscriptions/listen` stream names the resource URIs it wants updates for
 * (there is no resources/subscribe in that era). The transport calls a watch with those URIs and a way to publish an
 * update onto the stream; the returned function stops watching when the stream ends. The cli gives the media poller
 * (src/resources/listen-watch.ts).
 */
export type ResourceWatch = (uris: readonly string[], notify: (uri: string) => void) => () => void;
