import type { ActionContext, ActionHandler } from '../../action-context.js';
import { cdnError, cdnState, requireDomain, type DomainRecord } from './cdn-state.js';
import { readDomainName } from './domain-names.js';
import { domainDetail, domainListItem } from './domain-views.js';
import { invalidParameter } from '../../errors.js';

const STATUSES = ['online', 'offline', 'configuring', 'configure_failed', 'checking', 'check_failed'];
const SEARCH_TYPES = ['fuzzy_match', 'pre_match', 'suf_match', 'full_match'];

function matcher(searchType: string, needle: string): (name: string) => boolean {
  if (searchType === 'pre_match') return (name) => name.startsWith(needle);
  if (searchType === 'suf_match') return (name) => name.endsWith(needle);
  if (searchType === 'full_match') return (name) => name === needle;
  return (name) => name.includes(needle);
}

/** Tags as `Tag.N.Key`/`Tag.N.Value` (the API's list form) or the manual example's JSON `Tag`. */
function readTags(context: ActionContext): { Key: string; Value?: string }[] {
  const tags: { Key: string; Value?: string }[] = [];
  const json = context.json<unknown>('Tag');
  if (Array.isArray(json)) {
    for (const item of json) if (item && typeof item === 'object' && 'Key' in item) tags.push({ Key: String(item.Key), ...('Value' in item ? { Value: String(item.Value) } : {}) });
  }
  for (const item of context.repeatList('Tag')) {
    if (item.Key === undefined || item.Key === '') throw invalidParameter('Tag', 'Each Tag.N needs a Key.');
    tags.push({ Key: item.Key, ...(item.Value !== undefined ? { Value: item.Value } : {}) });
  }
  return tags;
}

function hasTags(domain: DomainRecord, wanted: { Key: string; Value?: string }[]): boolean {
  return wanted.every((tag) => domain.Tags.some((own) => own.Key === tag.Key && (tag.Value === undefined || own.Value === tag.Value)));
}

export const describeVodUserDomains: ActionHandler = (context) => {
  const state = cdnState(context);
  const pageSize = Number(context.str('PageSize') ?? 20);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 50) throw cdnError(context.action, 'InvalidPageSize.ValueNotSupported');
  const pageNumber = Number(context.str('PageNumber') ?? 1);
  if (!Number.isInteger(pageNumber) || pageNumber < 1) throw cdnError(context.action, 'InvalidPageNumber.ValueNotSupported');
  const status = context.str('DomainStatus');
  if (status !== undefined && !STATUSES.includes(status)) throw cdnError(context.action, 'InvalidDomainStatus.ValueNotSupported');
  const searchType = context.str('DomainSearchType') ?? 'fuzzy_match';
  if (!SEARCH_TYPES.includes(searchType)) throw cdnError(context.action, 'InvalidDomainSearchType.ValueNotSupported');
  const needle = context.str('DomainName')?.toLowerCase();
  const matches = needle === undefined ? () => true : matcher(searchType, needle);
  const tags = readTags(context);
  const found = Object.values(state.domains)
    .filter((domain) => matches(domain.DomainName) && (status === undefined || domain.DomainStatus === status) && hasTags(domain, tags))
    .sort((a, b) => b.CreatedAt - a.CreatedAt || a.DomainName.localeCompare(b.DomainName));
  const page = found.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  return { PageNumber: pageNumber, PageSize: pageSize, TotalCount: found.length, Domains: page.map(domainListItem) };
};

export const describeVodDomainDetail: ActionHandler = (context) => {
  const state = cdnState(context);
  const domain = requireDomain(context, state, readDomainName(context));
  return { DomainDetail: domainDetail(state, domain) };
};
