import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { callSandbox, ok } from '../helpers/signed-request.js';

interface UploadAddress {
  Endpoint: string;
  Bucket: string;
  FileName: string;
}
interface UploadAuth {
  AccessKeyId: string;
  AccessKeySecret: string;
  SecurityToken: string;
  Expiration: string;
  ExpireUTCTime: string;
  Region: string;
}
interface Upload {
  address: UploadAddress;
  auth: UploadAuth;
  mediaId: string;
}

const decode = <T>(base64: unknown): T => JSON.parse(Buffer.from(String(base64), 'base64').toString('utf8')) as T;

/** An independent OSS header signature V1 signer, as the OSS SDKs compute it. */
function ossAuthorization(auth: UploadAuth, method: string, resource: string, headers: Record<string, string>, secret = auth.AccessKeySecret): string {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const ossHeaders = Object.keys(lower)
    .filter((name) => name.startsWith('x-oss-'))
    .sort()
    .map((name) => `${name}:${lower[name]}\n`)
    .join('');
  const stringToSign = [method, lower['content-md5'] ?? '', lower['content-type'] ?? '', lower.date ?? '', ossHeaders + resource].join('\n');
  return `OSS ${auth.AccessKeyId}:${createHmac('sha1', secret).update(stringToSign).digest('base64')}`;
}

interface OssCall {
  method: string;
  /** Sub-resource query, e.g. `?uploads` or `?partNumber=1&uploadId=X` (already in canonical order). */
  subResource?: string;
  body?: Buffer | string;
  contentType?: string;
  key?: string;
  secret?: string;
  token?: string;
  accessKeyId?: string;
  extraHeaders?: Record<string, string>;
}

async function oss(upload: Upload, call: OssCall): Promise<{ status: number; text: string; headers: Headers }> {
  const key = call.key ?? upload.address.FileName;
  const headers: Record<string, string> = {
    Date: new Date().toUTCString(),
    'x-oss-security-token': call.token ?? upload.auth.SecurityToken,
    ...(call.contentType ? { 'Content-Type': call.contentType } : {}),
    ...call.extraHeaders,
  };
  const auth = { ...upload.auth, AccessKeyId: call.accessKeyId ?? upload.auth.AccessKeyId };
  headers.Authorization = ossAuthorization(auth, call.method, `/${upload.address.Bucket}/${key}${call.subResource ?? ''}`, headers, call.secret);
  const url = `${upload.address.Endpoint}/${upload.address.Bucket}/${key.split('/').map(encodeURIComponent).join('/')}${call.subResource ?? ''}`;
  // A Buffer body, so fetch adds no Content-Type of its own (it would be part of the signature).
  const body = call.body === undefined ? undefined : new Uint8Array(typeof call.body === 'string' ? Buffer.from(call.body) : call.body);
  const response = await fetch(url, { method: call.method, headers, ...(body !== undefined ? { body } : {}) });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

const xmlValue = (xml: string, tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml)?.[1];

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
});
afterAll(() => sandbox.close());

async function createVideoUpload(params: Record<string, string> = {}): Promise<Upload> {
  const created = await ok(sandbox, 'CreateUploadVideo', { Title: 'OSS upload test', FileName: 'clip.mp4', ...params });
  return { address: decode<UploadAddress>(created.UploadAddress), auth: decode<UploadAuth>(created.UploadAuth), mediaId: String(created.VideoId) };
}

const videoStatus = async (videoId: string) => ((await ok(sandbox, 'GetVideoInfo', { VideoId: videoId })).Video as { Status: string; Size?: number }).Status;

describe('OSS upload endpoint: PutObject', () => {
  it('CreateUploadVideo returns base64 UploadAddress/UploadAuth shaped like the service, pointing at the sandbox', async () => {
    const upload = await createVideoUpload();
    expect(Object.keys(upload.address).sort()).toEqual(['Bucket', 'Endpoint', 'FileName']);
    expect(upload.address.Endpoint).toBe(sandbox.url);
    expect(upload.address.FileName).toMatch(new RegExp(`^sv/.+/${upload.mediaId}\\.mp4$`));
    expect(Object.keys(upload.auth).sort()).toEqual(['AccessKeyId', 'AccessKeySecret', 'Expiration', 'ExpireUTCTime', 'Region', 'SecurityToken']);
    expect(upload.auth.AccessKeyId).toMatch(/^STS\./);
    expect(upload.auth.Expiration).toBe('3000');
    expect(upload.auth.ExpireUTCTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(upload.auth.Region).toBe(sandbox.region);
  });

  it('accepts a signed PUT; the video goes UploadSucc, then Normal with streams, and GetPlayInfo returns fetchable URLs', async () => {
    const upload = await createVideoUpload();
    expect(await videoStatus(upload.mediaId)).toBe('Uploading');
    const body = Buffer.alloc(4096, 7);
    const md5 = createHash('md5').update(body).digest('base64');
    const put = await oss(upload, { method: 'PUT', body, contentType: 'video/mp4', extraHeaders: { 'Content-MD5': md5 } });
    expect(put.status, put.text).toBe(200);
    expect(put.headers.get('etag')).toBe(`"${createHash('md5').update(body).digest('hex').toUpperCase()}"`);
    expect(put.headers.get('x-oss-request-id')).toBeTruthy();
    expect(await videoStatus(upload.mediaId)).toBe('UploadSucc');

    const before = await callSandbox(sandbox, 'GetPlayInfo', { VideoId: upload.mediaId });
    expect(before.status).toBe(404);
    expect(before.body.Code).toBe('InvalidVideo.NoneStream');

    sandbox.advance(70);
    expect(await videoStatus(upload.mediaId)).toBe('Normal');
    const play = await ok(sandbox, 'GetPlayInfo', { VideoId: upload.mediaId });
    const infos = (play.PlayInfoList as { PlayURL: string; Definition: string }[]);
    expect(infos.map((info) => info.Definition)).toEqual(['LD', 'SD', 'HD']);
    const media = await fetch(infos[0]!.PlayURL);
    expect(media.status).toBe(200);
    const details = await ok(sandbox, 'GetUploadDetails', { MediaIds: upload.mediaId });
    expect((details.UploadDetails as Record<string, unknown>[])[0]).toMatchObject({ MediaId: upload.mediaId, UploadSize: 4096, UploadRatio: 1, UploadIP: '127.0.0.1' });
  });

  it('uploads images and attached media, which become Normal', async () => {
    const image = await ok(sandbox, 'CreateUploadImage', { ImageType: 'cover', ImageExt: 'jpg', Title: 'Cover' });
    const imageUpload: Upload = { address: decode(image.UploadAddress), auth: decode(image.UploadAuth), mediaId: String(image.ImageId) };
    expect(imageUpload.address.FileName).toMatch(/^cover\/.+\.jpg$/);
    expect((await oss(imageUpload, { method: 'PUT', body: 'jpeg bytes', contentType: 'image/jpeg' })).status).toBe(200);
    const info = await ok(sandbox, 'GetImageInfo', { ImageId: imageUpload.mediaId });
    expect((info.ImageInfo as { Status: string }).Status).toBe('Normal');

    const attached = await ok(sandbox, 'CreateUploadAttachedMedia', { BusinessType: 'subtitle', MediaExt: 'vtt', Title: 'English' });
    const attachedUpload: Upload = { address: decode(attached.UploadAddress), auth: decode(attached.UploadAuth), mediaId: String(attached.MediaId) };
    expect((await oss(attachedUpload, { method: 'PUT', body: 'WEBVTT\n' })).status).toBe(200);
    expect(sandbox.state.data.attachedMedia[attachedUpload.mediaId]?.Status).toBe('Normal');
  });
});

describe('OSS upload endpoint: multipart', () => {
  it('initiates, uploads parts, lists them, and completes; progress shows in GetUploadDetails', async () => {
    const upload = await createVideoUpload({ FileSize: String(300 * 1024) });
    const init = await oss(upload, { method: 'POST', subResource: '?uploads' });
    expect(init.status, init.text).toBe(200);
    const uploadId = xmlValue(init.text, 'UploadId')!;
    expect(xmlValue(init.text, 'Key')).toBe(upload.address.FileName);

    const part1 = Buffer.alloc(200 * 1024, 1);
    const part2 = Buffer.alloc(100 * 1024, 2);
    const first = await oss(upload, { method: 'PUT', subResource: `?partNumber=1&uploadId=${uploadId}`, body: part1 });
    expect(first.status, first.text).toBe(200);
    const details = await ok(sandbox, 'GetUploadDetails', { MediaIds: upload.mediaId, MediaType: 'video' });
    expect((details.UploadDetails as Record<string, unknown>[])[0]).toMatchObject({ UploadSize: 200 * 1024, FileSize: 300 * 1024, UploadRatio: 0.667, UploadStatus: 'Uploading' });
    const second = await oss(upload, { method: 'PUT', subResource: `?partNumber=2&uploadId=${uploadId}`, body: part2 });
    expect(second.status).toBe(200);

    const listed = await oss(upload, { method: 'GET', subResource: `?uploadId=${uploadId}` });
    expect(listed.status).toBe(200);
    expect(listed.text.match(/<Part>/g)).toHaveLength(2);

    const wrongEtag = `<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>"00"</ETag></Part></CompleteMultipartUpload>`;
    const bad = await oss(upload, { method: 'POST', subResource: `?uploadId=${uploadId}`, body: wrongEtag, contentType: 'application/xml' });
    expect(bad.status).toBe(400);
    expect(xmlValue(bad.text, 'Code')).toBe('InvalidPart');

    const xml =
      '<CompleteMultipartUpload>' +
      [first, second].map((part, index) => `<Part><PartNumber>${index + 1}</PartNumber><ETag>${part.headers.get('etag')}</ETag></Part>`).join('') +
      '</CompleteMultipartUpload>';
    const done = await oss(upload, { method: 'POST', subResource: `?uploadId=${uploadId}`, body: xml, contentType: 'application/xml' });
    expect(done.status, done.text).toBe(200);
    expect(xmlValue(done.text, 'ETag')).toMatch(/^"[0-9A-F]{32}-2"$/);
    expect(await videoStatus(upload.mediaId)).toBe('UploadSucc');
    const size = ((await ok(sandbox, 'GetVideoInfo', { VideoId: upload.mediaId })).Video as { Size: number }).Size;
    expect(size).toBe(300 * 1024);

    const again = await oss(upload, { method: 'PUT', subResource: `?partNumber=3&uploadId=${uploadId}`, body: 'x' });
    expect(again.status).toBe(404);
    expect(xmlValue(again.text, 'Code')).toBe('NoSuchUpload');
  });

  it('refuses parts below 100 KB except the last, and aborts', async () => {
    const upload = await createVideoUpload();
    const uploadId = xmlValue((await oss(upload, { method: 'POST', subResource: '?uploads' })).text, 'UploadId')!;
    const a = await oss(upload, { method: 'PUT', subResource: `?partNumber=1&uploadId=${uploadId}`, body: 'small' });
    const b = await oss(upload, { method: 'PUT', subResource: `?partNumber=2&uploadId=${uploadId}`, body: 'last' });
    const xml = `<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>${a.headers.get('etag')}</ETag></Part><Part><PartNumber>2</PartNumber><ETag>${b.headers.get('etag')}</ETag></Part></CompleteMultipartUpload>`;
    const tooSmall = await oss(upload, { method: 'POST', subResource: `?uploadId=${uploadId}`, body: xml });
    expect(xmlValue(tooSmall.text, 'Code')).toBe('EntityTooSmall');
    expect((await oss(upload, { method: 'DELETE', subResource: `?uploadId=${uploadId}` })).status).toBe(204);
    expect(xmlValue((await oss(upload, { method: 'GET', subResource: `?uploadId=${uploadId}` })).text, 'Code')).toBe('NoSuchUpload');
  });

  it('DeleteMultipartUpload removes the pending parts of a video', async () => {
    const upload = await createVideoUpload();
    const uploadId = xmlValue((await oss(upload, { method: 'POST', subResource: '?uploads' })).text, 'UploadId')!;
    await oss(upload, { method: 'PUT', subResource: `?partNumber=1&uploadId=${uploadId}`, body: Buffer.alloc(1024) });
    await ok(sandbox, 'DeleteMultipartUpload', { MediaId: upload.mediaId, MediaType: 'video' });
    const listed = await oss(upload, { method: 'GET', subResource: `?uploadId=${uploadId}` });
    expect(listed.status).toBe(404);
    const details = await ok(sandbox, 'GetUploadDetails', { MediaIds: upload.mediaId });
    expect((details.UploadDetails as Record<string, unknown>[])[0]).toMatchObject({ UploadSize: 0 });
    const again = await callSandbox(sandbox, 'DeleteMultipartUpload', { MediaId: upload.mediaId, MediaType: 'video' });
    expect(again.status).toBe(400);
    expect(again.body.Code).toBe('InvalidMultipartUpload.NotFound');
  });
});

describe('OSS upload endpoint: authentication', () => {
  it('refuses a wrong signature with SignatureDoesNotMatch and the string to sign', async () => {
    const upload = await createVideoUpload();
    const answer = await oss(upload, { method: 'PUT', body: 'x', secret: 'not-the-secret' });
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toContain('application/xml');
    expect(xmlValue(answer.text, 'Code')).toBe('SignatureDoesNotMatch');
    expect(answer.text).toContain('<StringToSign>PUT');
    expect(await videoStatus(upload.mediaId)).toBe('Uploading');
  });

  it('refuses unknown keys, a wrong token, anonymous requests and other objects', async () => {
    const upload = await createVideoUpload();
    expect(xmlValue((await oss(upload, { method: 'PUT', body: 'x', accessKeyId: 'STS.nobody' })).text, 'Code')).toBe('InvalidAccessKeyId');
    expect(xmlValue((await oss(upload, { method: 'PUT', body: 'x', token: 'CAISforged' })).text, 'Code')).toBe('InvalidSecurityToken');
    const other = await oss(upload, { method: 'PUT', body: 'x', key: 'sv/other/other.mp4' });
    expect(other.status).toBe(403);
    expect(xmlValue(other.text, 'Code')).toBe('AccessDenied');
    const anonymous = await fetch(`${upload.address.Endpoint}/${upload.address.Bucket}/${upload.address.FileName}`, { method: 'PUT', body: 'x' });
    expect(anonymous.status).toBe(403);
    expect(xmlValue(await anonymous.text(), 'Code')).toBe('AccessDenied');
    const read = await oss(upload, { method: 'GET' });
    expect(xmlValue(read.text, 'Message')).toBe('You are forbidden to oss:GetObject');
  });

  it('refuses expired credentials; RefreshUploadVideo issues working ones for the same object', async () => {
    const upload = await createVideoUpload();
    sandbox.advance(3601);
    const expired = await oss(upload, { method: 'PUT', body: 'x' });
    expect(expired.status).toBe(403);
    expect(xmlValue(expired.text, 'Code')).toBe('AccessDenied');
    expect(xmlValue(expired.text, 'Message')).toContain('expired');
    const refreshed = await ok(sandbox, 'RefreshUploadVideo', { VideoId: upload.mediaId });
    const renewed: Upload = { address: decode(refreshed.UploadAddress), auth: decode(refreshed.UploadAuth), mediaId: upload.mediaId };
    expect(renewed.address).toEqual(upload.address);
    expect(renewed.auth.AccessKeyId).not.toBe(upload.auth.AccessKeyId);
    expect((await oss(renewed, { method: 'PUT', body: 'x' })).status).toBe(200);
    expect(await videoStatus(upload.mediaId)).toBe('UploadSucc');
  });

  it('leaves non-OSS paths to the rest of the sandbox', async () => {
    const answer = await fetch(`${sandbox.url}/play/none/ld.mp4`);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(await answer.json()).toMatchObject({ Code: 'NotFound' });
  });
});
