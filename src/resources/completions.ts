import type { VodApi } from '../client/index.js';
import { listOf, str } from '../client/response-shapes.js';

const MAX = 20;

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Values for an argument name, whether it belongs to a resource template or a prompt. */
export async function completeArgument(api: VodApi, name: string, prefix: string): Promise<string[]> {
  const lower = prefix.toLowerCase();
  const starts = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v) && v!.toLowerCase().startsWith(lower)))].slice(0, MAX);
  const call = (action: string, params: Record<string, string> = {}) => api.call(action, params, { idempotent: true });
  switch (name) {
    case 'TranscodeTemplateGroupId':
    case 'TemplateGroupId': {
      const groups = listOf(await call('ListTranscodeTemplateGroup'), 'TranscodeTemplateGroupList');
      const byId = starts(groups.map((group) => str(group.TranscodeTemplateGroupId)));
      const byName = groups.filter((group) => str(group.Name)?.toLowerCase().startsWith(lower)).map((group) => str(group.TranscodeTemplateGroupId));
      return [...new Set([...byId, ...byName.filter((id): id is string => Boolean(id))])].slice(0, MAX);
    }
    case 'VideoId':
    case 'MediaId': {
      const match = prefix ? `(VideoId = ${quote(prefix)} or Title = ${quote(prefix)})` : undefined;
      const answer = await call('SearchMedia', { SearchType: 'video', PageSize: String(MAX), ...(match ? { Match: match } : {}) }).catch(() => ({ MediaList: [] }));
      return listOf(answer, 'MediaList')
        .map((item) => str(item.MediaId))
        .filter((id): id is string => Boolean(id));
    }
    case 'CateName':
    case 'CateId': {
      const top = listOf(await call('GetCategories', { CateId: '-1', PageSize: '100' }), 'SubCategories');
      return starts(top.map((category) => str(name === 'CateId' ? category.CateId : category.CateName)));
    }
    case 'DomainName': {
      const domains = listOf(await call('DescribeVodUserDomains', { PageSize: '50' }), 'Domains');
      return starts(domains.map((domain) => str(domain.DomainName)));
    }
    case 'SearchType':
      return starts(['video', 'audio', 'image', 'attached']);
    case 'SortBy':
      return starts(['CreationTime:Desc', 'CreationTime:Asc', 'ModificationTime:Desc', 'ModificationTime:Asc']);
    case 'Month': {
      const now = new Date();
      return starts([0, 1, 2].map((back) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7)));
    }
    default:
      return [];
  }
}
