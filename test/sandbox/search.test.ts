import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import type { VideoRecord } from '../../src/sandbox/state/records.js';
import { searchMedia } from '../../src/tools/media/search-media.js';
import { callSandbox, expectError, ok } from '../helpers/signed-request.js';

type Json = Record<string, unknown>;

let sandbox: Sandbox;
/** 20 generated videos made an hour before `later` (20 more). */
let earlier: string[];
let later: string[];
let laterStart: string;

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  earlier = sandbox.generateMedia(20);
  sandbox.advance(3600);
  laterStart = sandbox.clock.nowIso();
  later = sandbox.generateMedia(20);
});
afterAll(() => sandbox.close());

async function search(params: Record<string, string>): Promise<{ total: number; ids: string[]; body: Json }> {
  const body = await ok(sandbox, 'SearchMedia', params);
  const list = body.MediaList as Json[];
  return { total: Number(body.Total), ids: list.map((item) => String(item.MediaId)), body };
}

const titleOf = (prefix: string) => Object.values(sandbox.state.data.videos).find((video) => video.Title.startsWith(prefix))!.VideoId;
const generated = (n: number) => titleOf(`Generated video ${n}`);
const ALL = { PageSize: '100' };
const videosWhere = (test: (video: VideoRecord) => boolean) =>
  Object.values(sandbox.state.data.videos).filter((video) => video.MediaType === 'video' && test(video)).map((video) => video.VideoId);

describe('SearchMedia: operators', () => {
  it('exact match on VideoId', async () => {
    const id = titleOf('Getting started');
    const result = await search({ Match: `VideoId = '${id}'` });
    expect(result.ids).toEqual([id]);
    const item = (result.body.MediaList as Json[])[0]!;
    expect(item).toMatchObject({ MediaType: 'video', MediaId: id, Video: { VideoId: id, Title: 'Getting started with ApsaraVideo VOD', Status: 'Normal' } });
  });

  it('exact match on CateId', async () => {
    const video = sandbox.state.data.videos[titleOf('Getting started')]!;
    const result = await search({ Match: `CateId = ${video.CateId}`, ...ALL });
    const expected = Object.values(sandbox.state.data.videos).filter((v) => v.CateId === video.CateId && v.MediaType === 'video');
    expect(result.ids.sort()).toEqual(expected.map((v) => v.VideoId).sort());
  });

  it('fuzzy match is a case-insensitive "contains"', async () => {
    expect((await search({ Match: "Title = '云原生'" })).ids).toEqual([titleOf('云原生')]);
    expect((await search({ Match: "Title = 'GETTING STARTED'" })).ids).toEqual([titleOf('Getting started')]);
    expect((await search({ Match: "Description = 'maintenance mode'" })).ids).toEqual([titleOf('Ignore previous')]);
  });

  it('in: multi-value match on Status and fuzzy multi-value on Tags', async () => {
    const statuses = await search({ Match: "Status in ('Blocked','TranscodeFail')", ...ALL });
    expect(statuses.ids).toEqual(expect.arrayContaining([titleOf('Reported clip'), titleOf('Broken upload')]));
    expect(statuses.ids.sort()).toEqual(videosWhere((v) => ['Blocked', 'TranscodeFail'].includes(v.Status)).sort());
    const tags = await search({ Match: "Tags in ('keynote','云原生')", ...ALL });
    expect(tags.ids.sort()).toEqual([titleOf('Product launch'), titleOf('云原生')].sort());
    const odd = await search({ Match: "Tags in ('odd')", ...ALL });
    expect(odd.total).toBe(20);
  });

  it('range with closed and open bounds', async () => {
    // Generated video n lasts 60 + n seconds.
    const closed = await search({ Match: 'Duration = [61,63]', ...ALL });
    expect(closed.ids.sort()).toEqual([1, 2, 3].map(generated).sort());
    const open = await search({ Match: 'Duration = (61,63)', ...ALL });
    expect(open.ids).toEqual([generated(2)]);
    const halfOpen = await search({ Match: 'Duration = [61,63)', ...ALL });
    expect(halfOpen.ids.sort()).toEqual([1, 2].map(generated).sort());
  });

  it('range on CreationTime', async () => {
    const result = await search({ Match: `CreationTime = ['${laterStart}','9999-12-31T23:59:59Z']`, ...ALL });
    expect(result.ids.sort()).toEqual([...later].sort());
    const before = await search({ Match: `CreationTime = ('1970-01-01T00:00:00Z','${laterStart}')`, ...ALL });
    expect(before.ids).toEqual(expect.arrayContaining(earlier));
    expect(before.ids.some((id) => later.includes(id))).toBe(false);
  });

  it('and / or with parentheses', async () => {
    const either = await search({ Match: "(Title = '云原生' or Status in ('Blocked'))", ...ALL });
    expect(either.ids.sort()).toEqual(videosWhere((v) => v.Title.includes('云原生') || v.Status === 'Blocked').sort());
    expect(either.ids).toEqual(expect.arrayContaining([titleOf('云原生'), titleOf('Reported clip')]));
    const both = await search({ Match: "Tags in ('generated') and (Duration = [61,62] or Duration = [80,80]) and Status in ('Normal')", ...ALL });
    expect(both.ids.sort()).toEqual([1, 2, 20].map(generated).sort());
    const none = await search({ Match: "Title = '云原生' and Status in ('Blocked')" });
    expect(none).toMatchObject({ total: 0, ids: [] });
  });

  it('searches audio, images and attached media by their own fields', async () => {
    const audio = await search({ SearchType: 'audio', Match: "Title = 'podcast'", Fields: 'Title,Duration' });
    const podcast = titleOf('Podcast');
    expect(audio.ids).toEqual([podcast]);
    expect((audio.body.MediaList as Json[])[0]).toMatchObject({ MediaType: 'audio', Audio: { AudioId: podcast, Title: 'Podcast episode 12' } });
    expect((await search({ Match: "Title = 'podcast'" })).total).toBe(0);

    const images = await search({ SearchType: 'image', Match: "Tags in ('keynote','brand')", Fields: 'Title,URL' });
    const tagged = Object.values(sandbox.state.data.images).filter((image) => /keynote|brand/i.test(image.Tags ?? ''));
    expect(images.ids.sort()).toEqual(tagged.map((image) => image.ImageId).sort());
    expect((images.body.MediaList as Json[]).every((item) => item.MediaType === 'image' && (item.Image as Json).URL)).toBe(true);
    expect(images.body.ScrollToken).toBeUndefined();

    const attached = await search({ SearchType: 'attached', Match: "Title = 'corner watermark'", Fields: 'Title,Categories,BusinessType' });
    expect(attached.total).toBe(1);
    expect((attached.body.MediaList as Json[])[0]).toMatchObject({ MediaType: 'attached', AttachedMedia: { Title: 'Corner watermark', BusinessType: 'watermark', Categories: [] } });
  });

  it('returns the requested Fields', async () => {
    const id = generated(5);
    const result = await search({ Match: `VideoId = '${id}'`, Fields: 'Title,Duration,Size,CateName,Tags' });
    const video = (result.body.MediaList as Json[])[0]!.Video as Json;
    expect(video).toMatchObject({ VideoId: id, Title: 'Generated video 5', Duration: 65, Size: 65 * 250_000, Tags: 'generated,odd' });
    expect(video.Status).toBeUndefined();
  });
});

describe('SearchMedia: the tool’s MatchFilter', () => {
  it('serializes to a Match the sandbox evaluates the same way', async () => {
    const args = searchMedia.input.parse({
      MatchFilter: { Tags: { in: ['generated'] }, Duration: { gt: 61, lte: 63 }, Status: { eq: 'Normal' } },
      SortBy: ['CreationTime:Asc'],
      PageSize: 50,
    });
    const result = await search(searchMedia.toParams(args));
    expect(result.ids.sort()).toEqual([2, 3].map(generated).sort());
  });
});

describe('SearchMedia: sorting and paging', () => {
  it('sorts by CreationTime both ways (default Desc)', async () => {
    const desc = await search({ Match: "Tags in ('generated')", ...ALL });
    expect(desc.ids.slice(0, 20).sort()).toEqual([...later].sort());
    const asc = await search({ Match: "Tags in ('generated')", SortBy: 'CreationTime:Asc', ...ALL });
    expect(asc.ids.slice(0, 20).sort()).toEqual([...earlier].sort());
    expect(asc.ids).toEqual([...desc.ids].reverse());
  });

  it('pages with PageNo/PageSize and reports Total', async () => {
    const all = await search({ Match: "Tags in ('generated')", SortBy: 'CreationTime:Asc', ...ALL });
    const page = await search({ Match: "Tags in ('generated')", SortBy: 'CreationTime:Asc', PageNo: '3', PageSize: '7' });
    expect(page.total).toBe(40);
    expect(page.ids).toEqual(all.ids.slice(14, 21));
    expect((await search({ Match: "Tags in ('generated')" })).ids).toHaveLength(10);
  });

  it('walks all pages with the ScrollToken', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    for (let pageNo = 1; pageNo <= 5; pageNo++) {
      const params: Record<string, string> = { Match: "Tags in ('generated')", PageNo: String(pageNo), PageSize: '10' };
      if (token) params.ScrollToken = token;
      const page = await search(params);
      seen.push(...page.ids);
      token = page.body.ScrollToken as string | undefined;
      expect(token).toBeTruthy();
    }
    expect(seen).toHaveLength(40);
    expect(new Set(seen).size).toBe(40);
  });
});

describe('SearchMedia: errors', () => {
  it('answers ErrorMatchSyntax for bad queries', async () => {
    await expectError(sandbox, 'SearchMedia', { Match: "Title = 'a' and" }, 'ErrorMatchSyntax', 400);
    await expectError(sandbox, 'SearchMedia', { Match: "Title = 'a' or Status in ('Normal')" }, 'ErrorMatchSyntax', 400);
    await expectError(sandbox, 'SearchMedia', { Match: "Title = ('a','b')" }, 'ErrorMatchSyntax', 400);
    await expectError(sandbox, 'SearchMedia', { Match: "Colour = 'red'" }, 'ErrorMatchSyntax', 400);
    const answer = await callSandbox(sandbox, 'SearchMedia', { Match: "Title = 'unterminated" });
    expect(answer.body.Message).toMatch(/^The parameter Match\..* has an error syntax, please check it \.$/);
  });

  it('answers InvalidParameter for bad type, fields, sort and paging', async () => {
    await expectError(sandbox, 'SearchMedia', { SearchType: 'document' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'SearchMedia', { SearchType: 'image', Fields: 'Duration' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'SearchMedia', { SortBy: 'Title:Desc' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'SearchMedia', { PageSize: '101' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'SearchMedia', { PageNo: '51', PageSize: '100' }, 'InvalidParameter', 400);
  });

  it('answers SortByExceededMax for several sort keys with a ScrollToken', async () => {
    const first = await search({ Match: "Tags in ('generated')" });
    await expectError(sandbox, 'SearchMedia', { Match: "Tags in ('generated')", SortBy: 'CreationTime:Desc,ModificationTime:Desc', ScrollToken: String(first.body.ScrollToken) }, 'SortByExceededMax', 400);
  });

  it('answers InvalidScrollToken.Expired for another query’s or an old token', async () => {
    const first = await search({ Match: "Tags in ('generated')" });
    const token = String(first.body.ScrollToken);
    await expectError(sandbox, 'SearchMedia', { Match: "Tags in ('odd')", PageNo: '2', ScrollToken: token }, 'InvalidScrollToken.Expired', 400);
    sandbox.advance(11 * 60);
    await expectError(sandbox, 'SearchMedia', { Match: "Tags in ('generated')", PageNo: '2', ScrollToken: token }, 'InvalidScrollToken.Expired', 400);
  });
});
