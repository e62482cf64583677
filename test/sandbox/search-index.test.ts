import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import type { SearchStrategy } from '../../src/sandbox/actions/media/search-media.js';
import type { SandboxData } from '../../src/sandbox/state/sandbox-state.js';
import type { AttachedMediaRecord, ImageRecord, VideoRecord } from '../../src/sandbox/state/records.js';
import { formatUtcTime, listFields, type FieldCapabilities, type SearchMediaParams, type SearchType } from '../../src/search/index.js';
import { searchOutcome, type SearchOutcome } from './search-outcome.js';

/**
 * The search index must answer exactly what the scan answers (items, order, Total, ScrollToken and errors), on
 * varied media, after every kind of write. Seeded: a failure names its seed and query, so it can be replayed.
 */

const SEED = 20261203;
const STATUSES = ['Normal', 'Uploading', 'Blocked', 'TranscodeFail', 'Checking'];
const APPS = ['app-1000000', 'app-2', 'app-3'];
const LOCATIONS = ['outin-a.oss-cn-shanghai.aliyuncs.com', 'outin-b.oss-cn-shanghai.aliyuncs.com'];
const WORDS = ['alpha', 'Beta', 'gamma', 'delta', 'Video', '云原生'];
const TAGS = ['red', 'green', 'blue', 'generated', 'odd'];
const SOURCES = ['general', 'upload', 'web'];
const BUSINESS_TYPES = ['watermark', 'subtitles', 'material'];

type Random = () => number;

function mulberry32(seed: number): Random {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let sandbox: Sandbox;
let stoppedAt: number;
let random: Random;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number) => random() < p;
const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const data = (): SandboxData => sandbox.state.data;
const cateIds = () => Object.values(data().categories).map((category) => category.CateId);
/** About 60 distinct creation times, so many records tie and the creation-order tie-break matters. */
const someTime = () => {
  const base = Date.parse('2026-01-01T00:00:00Z') + int(0, 59) * 3_600_000;
  return chance(0.1) ? new Date(base + int(1, 999)).toISOString() : formatUtcTime(base);
};
const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
const tags = () => (chance(0.2) ? undefined : Array.from({ length: int(1, 3) }, () => pick(TAGS)).join(','));

function varyVideo(video: VideoRecord): void {
  video.Status = pick(STATUSES);
  video.AppId = pick(APPS);
  video.StorageLocation = pick(LOCATIONS);
  video.CateId = chance(0.15) ? undefined : pick(cateIds());
  video.Title = words(int(1, 3));
  video.Description = chance(0.5) ? words(4) : undefined;
  video.Tags = tags();
  video.UploadSource = chance(0.3) ? undefined : pick(SOURCES);
  video.Size = chance(0.1) ? undefined : int(0, 200) * 1_000_000;
  video.Duration = int(0, 6000) / 10;
  video.CreationTime = someTime();
  video.ModificationTime = someTime();
  video.MediaType = chance(0.25) ? 'audio' : 'video';
  if (chance(0.05)) video.DeletedAt = someTime();
}

function varyOther(record: ImageRecord | AttachedMediaRecord): void {
  record.Status = pick(STATUSES);
  record.AppId = pick(APPS);
  record.StorageLocation = pick(LOCATIONS);
  record.CateId = chance(0.2) ? undefined : pick(cateIds());
  record.Title = words(int(1, 3));
  record.Tags = tags();
  record.CreationTime = someTime();
  record.ModificationTime = chance(0.3) ? undefined : someTime();
  if ('BusinessType' in record) record.BusinessType = pick(BUSINESS_TYPES);
}

function addOthers(count: number): void {
  const image = Object.values(data().images)[0]!;
  const attached = Object.values(data().attachedMedia)[0]!;
  for (let i = 0; i < count; i++) {
    const imageId = sandbox.state.nextId('image');
    data().images[imageId] = { ...image, ImageId: imageId };
    varyOther(data().images[imageId]!);
    const mediaId = sandbox.state.nextId('attachedMedia');
    data().attachedMedia[mediaId] = { ...attached, MediaId: mediaId };
    varyOther(data().attachedMedia[mediaId]!);
  }
}

function idsOf(type: SearchType): string[] {
  if (type === 'image') return Object.keys(data().images);
  if (type === 'attached') return Object.keys(data().attachedMedia);
  return Object.values(data().videos).filter((video) => video.MediaType === type).map((video) => video.VideoId);
}

const quote = (value: string) => `'${value}'`;

function valueFor(type: SearchType, field: FieldCapabilities): string {
  switch (field.name) {
    case 'Status':
      return quote(pick(STATUSES));
    case 'AppId':
      return quote(pick(APPS));
    case 'StorageLocation':
      return quote(pick([...LOCATIONS, 'outin-none.oss']));
    case 'CateId':
      return String(chance(0.9) ? pick(cateIds()) : 424242);
    case 'MediaSource':
      return quote(pick(SOURCES));
    case 'PreprocessStatus':
      return quote(pick(['UnPreprocess', 'Preprocessing']));
    case 'BusinessType':
      return quote(pick(BUSINESS_TYPES));
    case 'Tags':
      return quote(pick(TAGS).slice(0, int(2, 4)));
    case 'Title':
    case 'Description':
    case 'FileName':
      return quote(pick(WORDS).slice(0, int(2, 5)).toUpperCase());
    default:
      // An ID field.
      return quote(chance(0.9) ? pick(idsOf(type)) : 'no-such-id');
  }
}

function rangeFor(field: FieldCapabilities): string {
  const [open, close] = [pick(['(', '[']), pick([')', ']'])];
  if (field.type === 'time') {
    const [a, b] = [someTime(), someTime()].map((time) => formatUtcTime(Date.parse(time))).sort();
    return `${field.name} = ${open}'${a}','${b}'${close}`;
  }
  const scale = field.name === 'Size' ? 1_000_000 : 1;
  const [a, b] = [int(0, 200), int(0, 200)].sort((x, y) => x - y).map((n) => n * scale);
  return `${field.name} = ${open}${a},${b}${close}`;
}

function comparison(type: SearchType): string {
  const queryable = listFields(type).filter((f) => f.exact || f.fuzzy || f.multi || f.range);
  const field = pick(queryable);
  const ways: (() => string)[] = [];
  if (field.exact || field.fuzzy) ways.push(() => `${field.name} = ${valueFor(type, field)}`);
  if (field.multi) ways.push(() => `${field.name} in (${Array.from({ length: int(1, 3) }, () => valueFor(type, field)).join(',')})`);
  if (field.range) ways.push(() => rangeFor(field));
  return pick(ways)();
}

function matchFor(type: SearchType, depth = 0): string {
  const roll = random();
  if (roll < 0.45 || depth > 1) return comparison(type);
  const parts = Array.from({ length: int(2, 3) }, () => matchFor(type, depth + 1));
  if (roll < 0.8) return parts.join(' and ');
  return `(${parts.join(' or ')})`;
}

function queryFor(type: SearchType): SearchMediaParams {
  const params: SearchMediaParams = { SearchType: type };
  if (!chance(0.15)) params.Match = matchFor(type);
  const sort = random();
  if (sort < 0.2) params.SortBy = 'CreationTime:Desc';
  else if (sort < 0.4) params.SortBy = 'CreationTime:Asc';
  else if (sort < 0.6) params.SortBy = pick(['ModificationTime:Desc', 'ModificationTime:Asc', 'CreationTime:Asc,ModificationTime:Desc']);
  params.PageSize = String(pick([1, 3, 10, 50, 100]));
  params.PageNo = String(chance(0.5) ? 1 : int(1, 30));
  return params;
}

const run = (params: SearchMediaParams, strategy: SearchStrategy) => searchOutcome(sandbox, stoppedAt, params, strategy);

const stats = { queries: 0, withHits: 0, scrolls: 0 };

/** Runs `params` both ways and requires the same outcome; returns the index's. */
function agree(params: SearchMediaParams, context: string): SearchOutcome {
  const scan = run(params, 'scan');
  const indexed = run(params, 'index');
  expect(indexed, `seed ${SEED}, ${context}: ${JSON.stringify(params)}`).toStrictEqual(scan);
  stats.queries++;
  if ('answer' in indexed && Number(indexed.answer.Total) > 0) stats.withHits++;
  return indexed;
}

function queries(count: number, context: string): void {
  for (let i = 0; i < count; i++) {
    const type = pick<SearchType>(['video', 'video', 'audio', 'image', 'attached']);
    const params = queryFor(type);
    const first = agree(params, context);
    const token = 'answer' in first ? first.answer.ScrollToken : undefined;
    if (typeof token !== 'string' || !chance(0.3)) continue;
    // Scroll on: the next pages, a jump inside and one outside the 1200-record window, a token of another query.
    const size = Number(params.PageSize);
    const pageNo = Number(params.PageNo);
    const nextPages = [pageNo + 1, pageNo + int(2, 5), Math.ceil(1200 / size) + pageNo + 1, 1];
    for (const next of nextPages) agree({ ...params, PageNo: String(next), ScrollToken: token }, `${context}, scroll`);
    agree({ ...params, Match: `${params.Match ?? ''}`.trim() === '' ? "Status in ('Normal')" : undefined, ScrollToken: token }, `${context}, foreign token`);
    stats.scrolls++;
  }
}

const liveVideos = () => Object.values(data().videos);

const writes: Record<string, () => void> = {
  'status, category, app and storage changes': () => {
    for (const video of liveVideos()) {
      if (chance(0.1)) video.Status = pick(STATUSES);
      if (chance(0.05)) video.CateId = pick(cateIds());
      if (chance(0.05)) video.AppId = pick(APPS);
      if (chance(0.05)) video.StorageLocation = pick(LOCATIONS);
    }
    for (const image of Object.values(data().images)) if (chance(0.1)) image.Status = pick(STATUSES);
    for (const media of Object.values(data().attachedMedia)) if (chance(0.1)) media.BusinessType = pick(BUSINESS_TYPES);
  },
  'title, tags and creation time changes': () => {
    for (const video of liveVideos()) {
      if (chance(0.05)) video.Title = words(2);
      if (chance(0.05)) video.Tags = tags();
      if (chance(0.05)) video.CreationTime = someTime();
    }
  },
  'media type flips, soft deletes and undeletes': () => {
    for (const video of liveVideos()) {
      if (chance(0.03)) video.MediaType = video.MediaType === 'video' ? 'audio' : 'video';
      if (chance(0.03)) video.DeletedAt = someTime();
      else if (video.DeletedAt && chance(0.3)) delete video.DeletedAt;
    }
  },
  'deletes and re-inserts': () => {
    const videos = data().videos;
    const ids = Object.keys(videos);
    for (let i = 0; i < 60; i++) {
      const id = pick(ids);
      const video = videos[id];
      if (!video) continue;
      delete videos[id];
      if (chance(0.5)) videos[id] = { ...video, Status: pick(STATUSES) };
    }
    for (const id of Object.keys(data().images).slice(0, 10)) delete data().images[id];
  },
  'records replaced by copies': () => {
    const videos = data().videos;
    for (const id of Object.keys(videos).filter(() => chance(0.03))) videos[id] = { ...videos[id]!, CreationTime: someTime(), Status: pick(STATUSES) };
  },
  'new media (generateMedia) varied one by one': () => {
    for (const id of sandbox.generateMedia(150)) if (chance(0.7)) varyVideo(data().videos[id]!);
    addOthers(20);
  },
  'creation times that do not parse (the index then sorts like the scan), then fixed again': () => {
    const broken = liveVideos().filter(() => chance(0.02));
    for (const video of broken) video.CreationTime = pick(['not a time', '', 'yesterday']);
    queries(60, 'with unparsable creation times');
    for (const video of broken) video.CreationTime = someTime();
  },
  'a state loaded from its JSON': () => {
    sandbox.state.data = JSON.parse(JSON.stringify(data())) as SandboxData;
  },
  'a sandbox reset, then new media': () => {
    sandbox.reset();
    for (const id of sandbox.generateMedia(600)) varyVideo(data().videos[id]!);
    addOthers(100);
  },
};

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  random = mulberry32(SEED);
  stoppedAt = sandbox.clock.now();
  for (const id of sandbox.generateMedia(2000)) varyVideo(data().videos[id]!);
  addOthers(200);
});
afterAll(() => sandbox.close());

describe('SearchMedia: the index answers exactly as the scan', () => {
  it('on varied media, before any further write', () => {
    queries(200, 'initial');
  }, 60_000);

  for (const [name, write] of Object.entries(writes)) {
    it(`after ${name}`, () => {
      // Searches before the write too, so the index is built and must follow the write incrementally.
      queries(20, `before ${name}`);
      write();
      queries(80, `after ${name}`);
    }, 60_000);
  }

  it('covered hits, scrolls and errors, not only empty answers', () => {
    expect(stats.queries).toBeGreaterThan(800);
    expect(stats.withHits / stats.queries).toBeGreaterThan(0.3);
    expect(stats.scrolls).toBeGreaterThan(20);
  });
});
