import type { ActionHandler } from '../../action-context.js';
import { hexId } from '../../state/sandbox-state.js';
import { cdnError, cdnState } from './cdn-state.js';
import { readDomainName, rootDomain } from './domain-names.js';

/** Roots the sandbox treats as owned by the caller (RFC 2606 names): their TXT record / file is "in place". */
const OWNED_ROOTS = ['example.com', 'example.net', 'example.org'];

/** The token the caller publishes (TXT record `verification` or file `verification.html`), stable per root domain. */
export function verifyContent(domain: string): string {
  return `verify_${hexId(`cdn-verify:${rootDomain(domain)}`)}`;
}

export const describeVodVerifyContent: ActionHandler = (context) => {
  return { Content: verifyContent(readDomainName(context)) };
};

export const verifyVodDomainOwner: ActionHandler = (context) => {
  const state = cdnState(context);
  const domain = readDomainName(context);
  context.oneOf('VerifyType', ['dnsCheck', 'fileCheck']);
  const root = rootDomain(domain);
  if (!OWNED_ROOTS.includes(root) && !state.verifiedDomains.includes(root)) throw cdnError(context.action, 'DomainOwnerVerifyFail');
  if (!state.verifiedDomains.includes(root)) state.verifiedDomains.push(root);
  return { Content: verifyContent(domain) };
};
