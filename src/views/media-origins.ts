import { listOf, str } from '../client/index.js';
import type { ViewContext } from './registry.js';

/**
 * Where the account's media and thumbnails are served from: its CDN (play) domains, and any extra origin the
 * server was given (the embedded sandbox, which serves its media itself). Only these go into a view's CSP: a view
 * can load nothing else. A lookup that fails leaves its domains out (the view then shows placeholders), never more.
 */
export async function mediaOrigins(context: ViewContext): Promise<string[]> {
  const domains = await context.api.call('DescribeVodUserDomains', { PageSize: '50' }, { idempotent: true }).then(
    (answer) => listOf(answer, 'Domains'),
    () => [],
  );
  const hosts = domains.map((domain) => str(domain.DomainName));
  const origins = hosts.flatMap((host) => (host && HOST.test(host) ? [`https://${host}`, `http://${host}`] : []));
  return [...new Set([...origins, ...context.extraMediaOrigins().map((origin) => new URL(origin).origin)])];
}

/** A plain host name (a wildcard domain keeps its leading `*.`, which CSP accepts); anything else is left out. */
const HOST = /^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
