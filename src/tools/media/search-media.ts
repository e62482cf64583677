import { z } from 'zod';
import { buildMatch, listFields, SEARCH_TYPES, validateSearchMedia, type FieldFilter, type Result, type SearchError } from '../../search/index.js';
import { defineTool, toApiParams } from '../define-tool.js';
import { out, pageNo, pageSize, response } from '../schema-helpers.js';
import { searchMediaItem } from './search-media-output.js';

const QUERYABLE_FIELDS = [
  ...new Set(SEARCH_TYPES.flatMap((type) => listFields(type).filter((f) => f.exact || f.fuzzy || f.multi || f.range).map((f) => f.name))),
] as [string, ...string[]];

const filterValue = z.union([z.string(), z.number()]);

const fieldFilter = z
  .strictObject({
    eq: filterValue.optional(),
    like: z.string().min(1).optional(),
    in: z.array(filterValue).min(1).max(100).optional(),
    gt: filterValue.optional(),
    gte: filterValue.optional(),
    lt: filterValue.optional(),
    lte: filterValue.optional(),
  })
  .refine((conditions) => Object.keys(conditions).length > 0, 'give at least one condition');

const input = z
  .strictObject({
    SearchType: z.enum(SEARCH_TYPES).describe('Media type (default video).').optional(),
    Match: z.string().min(1).describe("Query text, e.g. Title = 'cat' and Status in ('Normal').").optional(),
    MatchFilter: z
      .partialRecord(z.enum(QUERYABLE_FIELDS), fieldFilter)
      .describe('Structured alternative to Match: field -> {eq|like|in|gt|gte|lt|lte}, all and-ed; times as UTC strings.')
      .optional(),
    Fields: z.array(z.string().min(1)).min(1).describe('Extra fields to return, e.g. Title, CoverURL.').optional(),
    SortBy: z
      .array(z.enum(['CreationTime:Desc', 'CreationTime:Asc', 'ModificationTime:Desc', 'ModificationTime:Asc']))
      .min(1)
      .max(3)
      .describe('Sort keys; one only with ScrollToken.')
      .optional(),
    PageNo: pageNo().optional(),
    PageSize: pageSize(100, 10).optional(),
    ScrollToken: z.string().min(1).describe('From the previous page; needed past 5000 hits (video/audio).').optional(),
  })
  .meta({ not: { required: ['Match', 'MatchFilter'] } })
  .superRefine((args, ctx) => {
    if (args.Match !== undefined && args.MatchFilter !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['MatchFilter'], message: 'give either Match or MatchFilter, not both' });
      return;
    }
    const params = searchParams(args);
    if (!params.ok) {
      ctx.addIssue({ code: 'custom', path: ['MatchFilter'], message: describeError(params.error) });
      return;
    }
    const checked = validateSearchMedia(params.value);
    if (!checked.ok) ctx.addIssue({ code: 'custom', path: [checked.error.parameter], message: describeError(checked.error) });
  });

type SearchArgs = z.output<typeof input>;

function describeError(error: SearchError): string {
  return `${error.code}: ${error.detail}${error.position === undefined ? '' : ` (at character ${error.position})`}`;
}

/** Wire parameters: MatchFilter becomes Match text, lists become comma lists. */
function searchParams(args: SearchArgs): Result<Record<string, string>> {
  const { MatchFilter: filter, ...rest } = args;
  const params = toApiParams(rest);
  if (filter === undefined) return { ok: true, value: params };
  const conditions: Record<string, FieldFilter> = {};
  for (const [field, condition] of Object.entries(filter)) if (condition) conditions[field] = condition;
  const built = buildMatch(conditions, args.SearchType ?? 'video');
  if (!built.ok) return built;
  if (built.value !== '') params.Match = built.value;
  return { ok: true, value: params };
}

export const searchMedia = defineTool({
  action: 'SearchMedia',
  title: 'Search media',
  toolset: 'media',
  tier: 'read',
  tierReason: 'Searches media metadata.',
  view: 'media-browser',
  description:
    'Search videos, audios, images or attached media with a Match query or a structured MatchFilter; sort and page. Paging reaches 5000 hits; pass the returned ScrollToken to go further (video/audio).',
  input,
  output: response({
    Total: out.long(),
    ScrollToken: out.str(),
    MediaList: out.list(searchMediaItem),
  }),
  toParams: (args) => {
    const params = searchParams(args);
    if (!params.ok) throw new Error(describeError(params.error));
    return params.value;
  },
});
