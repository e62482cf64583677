import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { hasShared, manualActions, SHARED_DIR, skipNote } from '../helpers/manual-data.js';

interface Param {
  name: string;
  type: string;
  required: boolean;
  enum?: string[];
  commaSeparated?: boolean;
  description: string;
}
interface SpecAction {
  action: string;
  section: string;
  title: string;
  family: string;
  qps: string;
  requestParams: Param[];
  requestStructs?: Record<string, Param[]>;
  responseFields: { name: string; type: string }[];
  errors: { code: string; message: string; httpStatus: number | null; description: string }[];
  requestExample: Record<string, string> | null;
  responseExample: unknown;
  responseExampleRaw?: string;
  manualLines: [number, number];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const actions: SpecAction[] = JSON.parse(readFileSync(join(root, 'src', 'sandbox', 'spec', 'actions.json'), 'utf8'));
const gateway = JSON.parse(readFileSync(join(root, 'src', 'sandbox', 'spec', 'gateway.json'), 'utf8'));
const qps = JSON.parse(readFileSync(join(root, 'src', 'sandbox', 'spec', 'qps.json'), 'utf8'));
const byName = new Map(actions.map((a) => [a.action, a]));
const get = (n: string): SpecAction => {
  const a = byName.get(n);
  if (!a) throw new Error(`missing ${n}`);
  return a;
};
const names = (a: SpecAction) => a.requestParams.map((p) => p.name);
const param = (a: SpecAction, n: string) => a.requestParams.find((p) => p.name === n);

// Actions whose spec section really documents no parameter besides Action.
const NO_PARAMS = ['DescribeVodRefreshQuota'];

describe('src/sandbox/spec/actions.json', () => {
  it('has all 141 actions, unique, in actions.tsv order', () => {
    expect(actions).toHaveLength(141);
    expect(new Set(actions.map((a) => a.action)).size).toBe(141);
    expect(actions.map((a) => a.action)).toEqual(manualActions());
  });

  it('every action has request params unless the spec has none', () => {
    const empty = actions.filter((a) => a.requestParams.length === 0).map((a) => a.action);
    expect(empty).toEqual(NO_PARAMS);
    for (const a of actions) {
      expect(names(a)).not.toContain('Action');
      for (const p of a.requestParams) {
        expect(p.name).toMatch(/^[A-Za-z][\w.]*$/);
        expect(p.type).toMatch(/^(String|Integer|Long|Float|Double|Boolean|Array|Object|JSON|Map|Int)(\[\])?$|^Array of \w+$/);
        expect(typeof p.required).toBe('boolean');
      }
      expect(new Set(names(a)).size).toBe(a.requestParams.length);
    }
  });

  it('has request examples for >=130 actions, matching the action and documented params', () => {
    const withEx = actions.filter((a) => a.requestExample);
    expect(withEx.length).toBeGreaterThanOrEqual(130);
    for (const a of withEx) {
      expect(a.requestExample!.Action).toBe(a.action);
      expect(Object.keys(a.requestExample!)).not.toContain('公共请求参数');
    }
    // nearly all example params are documented params (DescribeVodUserDomains uses Tag=[...] vs Tag.N.Key)
    const undocumented = withEx.flatMap((a) =>
      Object.keys(a.requestExample!)
        .filter((k) => k !== 'Action' && !names(a).includes(k))
        .map((k) => `${a.action}.${k}`),
    );
    expect(undocumented).toEqual(['DescribeVodUserDomains.Tag']);
  });

  it('required params appear in the request example (spot check of the parser)', () => {
    let checked = 0;
    const missing: string[] = [];
    for (const a of actions) {
      if (!a.requestExample) continue;
      for (const p of a.requestParams.filter((x) => x.required)) {
        checked++;
        if (!(p.name in a.requestExample)) missing.push(`${a.action}.${p.name}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    // the spec's own examples omit a few required params; keep the list small and explicit
    expect(missing.length).toBeLessThan(20);
  });

  it('parses >=125 JSON response examples', () => {
    const parsed = actions.filter((a) => a.responseExample && typeof a.responseExample === 'object');
    expect(parsed.length).toBeGreaterThanOrEqual(125);
    for (const a of parsed) {
      expect(a.responseExampleRaw).toBeUndefined();
      // `...` placeholders were removed from arrays/objects (inside string values they are the spec's text)
      const walk = (v: unknown): boolean =>
        Array.isArray(v) ? v.every((x) => x !== '...' && walk(x)) : v && typeof v === 'object' ? Object.values(v).every(walk) : true;
      expect(walk(a.responseExample)).toBe(true);
    }
    // every parsed example carries a RequestId somewhere at top level
    const noReqId = parsed.filter((a) => !('RequestId' in (a.responseExample as object))).map((a) => a.action);
    expect(noReqId.length).toBeLessThanOrEqual(5);
  });

  it('GetVideoInfo requires VideoId and documents errors/response', () => {
    const a = get('GetVideoInfo');
    expect(a.section).toBe('7.3.1');
    expect(a.title).toBe('获取单个音视频信息');
    expect(param(a, 'VideoId')).toMatchObject({ type: 'String', required: true });
    expect(a.requestExample).toEqual({ Action: 'GetVideoInfo', VideoId: '9b73864d75f1d231e9001cd5f8****' });
    expect(a.errors).toContainEqual(
      expect.objectContaining({ code: 'InvalidVideo.NotFound', message: 'The video does not exist.', httpStatus: 404 }),
    );
    const fields = a.responseFields.map((f) => f.name);
    for (const f of ['RequestId', 'Video', 'StorageLocation', 'ModificationTime', 'CustomMediaInfo', 'TemplateGroupId', 'Snapshots']) {
      expect(fields).toContain(f);
    }
    const ex = a.responseExample as { Video: Record<string, unknown> };
    expect(ex.Video.Size).toBe(10897890);
    expect(ex.Video.Snapshots).toContain('auth_key=1498476426-0-0-f00b9455c49a423ce69cf4e27333****');
  });

  it('GetVideoInfos requires VideoIds', () => {
    const a = get('GetVideoInfos');
    expect(param(a, 'VideoIds')).toMatchObject({ type: 'String', required: true });
    expect(names(a)).toEqual(['VideoIds']);
  });

  it('SearchMedia has its documented parameters', () => {
    const a = get('SearchMedia');
    for (const n of ['Match', 'SortBy', 'PageNo', 'PageSize', 'ScrollToken', 'SearchType', 'Fields']) {
      expect(names(a)).toContain(n);
    }
    expect(param(a, 'PageNo')?.type).toBe('Integer');
    expect(param(a, 'SearchType')?.enum).toEqual(['video', 'audio', 'image', 'attached']);
    expect(a.requestExample?.Match).toBe('field = value');
  });

  it('DeleteVideo errors', () => {
    const a = get('DeleteVideo');
    expect(param(a, 'VideoIds')?.required).toBe(true);
    expect(a.errors.map((e) => [e.code, e.httpStatus])).toEqual([
      ['VideoIdsExceededMax', 400],
      ['InvalidVideo.NotFound', 404],
      ['DeleteVideoFailed', 503],
    ]);
  });

  it('GetPlayInfo parameters and enums', () => {
    const a = get('GetPlayInfo');
    for (const n of ['VideoId', 'Formats', 'AuthTimeout', 'OutputType', 'StreamType', 'ReAuthInfo', 'Definition', 'ResultType', 'PlayConfig', 'AdditionType']) {
      expect(names(a)).toContain(n);
    }
    expect(param(a, 'AuthTimeout')?.type).toBe('Long');
    expect(param(a, 'OutputType')?.enum).toEqual(['oss', 'cdn']);
    expect(param(a, 'Definition')?.enum).toEqual(expect.arrayContaining(['FD', 'LD', 'SD', 'HD', 'OD', '2K', '4K', 'AUTO']));
    expect(param(a, 'Formats')).toMatchObject({ commaSeparated: true });
    expect(param(a, 'ResultType')?.enum).toEqual(['Single', 'Multiple']);
  });

  it('handles names split over PDF lines and sub-structure tables', () => {
    // `StartT ime`, `T emplateGroup` / `Id` etc.
    expect(names(get('GetVideoList'))).toEqual(expect.arrayContaining(['StartTime', 'EndTime', 'StorageLocation']));
    expect(get('GetVideoInfos').responseFields.map((f) => f.name)).toContain('NonExistVideoIds');
    expect(get('DeleteTranscodeTemplateGroup').responseFields.map((f) => f.name)).toContain('NonExistTranscodeTemplateIds');
    // members of JSON parameters are not top-level parameters
    const up = get('UploadMediaByURL');
    expect(names(up)).not.toContain('SourceURL');
    expect(up.requestStructs?.UploadMetadata?.map((p) => p.name)).toContain('SourceURL');
    expect(names(get('UpdateVideoInfos'))).toEqual(['UpdateContent']);
    expect(names(get('CreateAudit'))).toEqual(['AuditContent']);
  });

  it('error codes split over lines are rejoined', () => {
    const codes = actions.flatMap((a) => a.errors.map((e) => e.code));
    expect(codes).toContain('InvalidTranscodeTemplateGroup.NotFound');
    expect(codes).toContain('InvalidStartTime.ValueNotSupported');
    expect(codes).toContain('QuotaPerMinuteExceeded.Refresh');
    for (const c of codes) expect(c).toMatch(/^[A-Za-z][\w.%]*$/);
    expect(actions.filter((a) => a.errors.length).length).toBeGreaterThanOrEqual(70);
  });
});

describe('src/sandbox/spec/gateway.json and src/sandbox/spec/qps.json', () => {
  it('has the gateway errors and common params', () => {
    const codes = gateway.errors.map((e: { code: string }) => e.code);
    for (const c of ['MissingParameter', 'SignatureDoesNotMatch', 'InvalidTimeStamp.Expired', 'Throttling.User', 'InvalidAction.NotFound', 'InternalError']) {
      expect(codes).toContain(c);
    }
    expect(gateway.errors.find((e: { code: string }) => e.code === 'InvalidAccessKeyId.NotFound').httpStatus).toBe(404);
    const cp = Object.fromEntries(gateway.commonParams.map((p: Param) => [p.name, p.required]));
    expect(cp).toEqual({
      Format: false,
      Version: true,
      AccessKeyId: true,
      Signature: true,
      SignatureMethod: true,
      Timestamp: true,
      SignatureVersion: true,
      SignatureNonce: true,
      SecurityToken: false,
    });
  });

  it('maps QPS', () => {
    expect(Object.keys(qps)).toHaveLength(141);
    expect(qps.GetVideoInfo).toBe(100);
    expect(qps.UploadMediaByURL).toEqual({ perDay: 200000 });
    expect(qps.DescribeVodDomainCertificateInfo).toBeNull();
  });
});

const MANUAL = 'seed/vod-server-api-20220708.txt';

describe('committed copies of the manual are current', () => {
  it.skipIf(!hasShared(MANUAL))(`re-running scripts/extract-spec.mjs on the manual gives the committed files${skipNote(MANUAL)}`, async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const out = mkdtempSync(join(tmpdir(), 'spec-'));
    execFileSync(process.execPath, [join(root, 'scripts', 'extract-spec.mjs'), '--seed', SHARED_DIR + MANUAL, '--out', out, '--quiet']);
    for (const name of ['actions.json', 'gateway.json', 'qps.json']) {
      expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(root, 'src', 'sandbox', 'spec', name), 'utf8'));
    }
  });
});

describe.each(['api/actions.tsv', 'api/gateway-errors.md'])('data/manual copy of %s', (relative) => {
  it.skipIf(!hasShared(relative))(`equals ../shared/${relative}${skipNote(relative)}`, () => {
    const name = relative.split('/').pop()!;
    expect(readFileSync(join(root, 'data', 'manual', name), 'utf8')).toBe(readFileSync(SHARED_DIR + relative, 'utf8'));
  });
});
