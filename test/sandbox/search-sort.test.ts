import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import type { SearchStrategy } from '../../src/sandbox/actions/media/search-media.js';
import type { AttachedMediaRecord, ImageRecord } from '../../src/sandbox/state/records.js';
import { formatUtcTime, type SearchMediaParams, type SearchType } from '../../src/search/index.js';
import { searchOutcome } from './search-outcome.js';

/**
 * SortBy through the index (a bounded selection of the page over the keys kept in the index) must answer exactly
 * what the scan's full sort answers: every sortable field in both directions, multi-key orders, many ties (a handful
 * of distinct times), absent values (sorted last), every page of small and large windows, and unparsable times
 * (where the scan's comparison is no total order and the index falls back to the scan's own sort).
 */

let sandbox: Sandbox;
let stoppedAt: number;
const BASE = Date.parse('2026-02-01T00:00:00Z');
/** Eight distinct times: with 900 records per type almost every record ties with many others. */
const time = (i: number) => formatUtcTime(BASE + ((i * 7) % 8) * 3_600_000);

const run = (params: SearchMediaParams, strategy: SearchStrategy) => searchOutcome(sandbox, stoppedAt, params, strategy);

let pagesWithItems = 0;
function agree(params: SearchMediaParams): void {
  const indexed = run(params, 'index');
  expect(indexed, JSON.stringify(params)).toStrictEqual(run(params, 'scan'));
  const list = (indexed as { answer?: { MediaList?: unknown[] } }).answer?.MediaList;
  if (list?.length) pagesWithItems++;
}

const SORTS = [
  'CreationTime:Desc',
  'CreationTime:Asc',
  'ModificationTime:Desc',
  'ModificationTime:Asc',
  'ModificationTime:Desc,CreationTime:Asc',
  'ModificationTime:Asc,CreationTime:Desc',
  'CreationTime:Asc,ModificationTime:Desc',
];
const TYPES: SearchType[] = ['video', 'image', 'attached'];
const MATCHES = [undefined, "Status in ('Normal')", "Title = 'odd'"];

function everyPage(type: SearchType, sortBy: string, match: string | undefined, pageSize: number, pages: number): void {
  for (let pageNo = 1; pageNo <= pages; pageNo++) {
    agree({ SearchType: type, SortBy: sortBy, PageSize: String(pageSize), PageNo: String(pageNo), ...(match ? { Match: match } : {}) });
  }
}

function vary(record: { Title?: string; Status?: string; CreationTime?: string; ModificationTime?: string }, i: number): void {
  record.Title = i % 3 === 0 ? 'odd one' : 'even one';
  record.Status = i % 5 === 0 ? 'Uploading' : 'Normal';
  record.CreationTime = time(i);
  // Every fourth record has no ModificationTime: absent values sort last in both directions.
  record.ModificationTime = i % 4 === 0 ? undefined : time(i * 3 + 1);
}

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  stoppedAt = sandbox.clock.now();
  sandbox.generateMedia(900).forEach((id, i) => vary(sandbox.state.data.videos[id]!, i));
  const image = Object.values(sandbox.state.data.images)[0]!;
  const attached = Object.values(sandbox.state.data.attachedMedia)[0]!;
  for (let i = 0; i < 300; i++) {
    const imageId = sandbox.state.nextId('image');
    const copy: ImageRecord = { ...image, ImageId: imageId };
    vary(copy, i);
    sandbox.state.data.images[imageId] = copy;
    const mediaId = sandbox.state.nextId('attachedMedia');
    const other: AttachedMediaRecord = { ...attached, MediaId: mediaId };
    vary(other, i);
    sandbox.state.data.attachedMedia[mediaId] = other;
  }
});
afterAll(() => sandbox.close());

describe('SearchMedia SortBy: the index answers exactly as the scan', () => {
  it('for every sort order, with ties and absent values, on every page of small windows', () => {
    for (const type of TYPES) for (const sortBy of SORTS) for (const match of MATCHES) everyPage(type, sortBy, match, 7, 12);
  }, 120_000);

  it('for windows deep in the list and windows over a quarter of the hits (sorted whole)', () => {
    for (const type of TYPES) {
      for (const sortBy of SORTS) {
        for (const [pageSize, pages] of [[1, 3], [50, 8], [100, 4]] as const) everyPage(type, sortBy, undefined, pageSize, pages);
        agree({ SearchType: type, SortBy: sortBy, PageSize: '10', PageNo: '60' });
      }
    }
  }, 120_000);

  it('after writes that move records in the orders', () => {
    const videos = Object.values(sandbox.state.data.videos);
    agree({ SearchType: 'video', SortBy: 'ModificationTime:Desc' });
    videos.forEach((video, i) => {
      if (i % 9 === 0) video.ModificationTime = time(i + 5);
      if (i % 13 === 0) Reflect.deleteProperty(video, 'ModificationTime');
      if (i % 17 === 0) video.CreationTime = time(i + 2);
    });
    for (const sortBy of SORTS) everyPage('video', sortBy, undefined, 10, 6);
  }, 120_000);

  it('with times that do not parse next to parsed ones (the scan sort itself), then fixed again', () => {
    const videos = Object.values(sandbox.state.data.videos);
    const broken = videos.filter((_, i) => i % 23 === 0);
    for (const video of broken) video.ModificationTime = 'not a time';
    for (const sortBy of SORTS) everyPage('video', sortBy, undefined, 10, 4);
    for (const video of broken) video.ModificationTime = time(1);
    for (const sortBy of SORTS) everyPage('video', sortBy, undefined, 10, 4);
  }, 120_000);

  it('compared pages that hold items', () => {
    expect(pagesWithItems).toBeGreaterThan(1000);
  });
});
