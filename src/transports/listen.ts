/** At most this many URIs of one listen request are watched. */
const MAX_WATCHED_URIS = 100;

/** The resource URIs a `subscriptions/listen` request asks updates for (`params.notifications.resourceSubscriptions`). */
export function listenedResources(message: unknown): string[] | undefined {
  const request = message as { method?: unknown; params?: { notifications?: { resourceSubscriptions?: unknown } } } | null;
  if (request?.method !== 'subscriptions/listen') return undefined;
  const uris = request.params?.notifications?.resourceSubscriptions;
  if (!Array.isArray(uris)) return undefined;
  const valid = uris.filter((uri): uri is string => typeof uri === 'string').slice(0, MAX_WATCHED_URIS);
  return valid.length ? valid : undefined;
}
