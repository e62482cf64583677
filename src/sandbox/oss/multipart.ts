import { createHash, randomBytes } from 'node:crypto';
import { completeMediaUpload } from './complete-media.js';
import { ossErrors, sendXml } from './oss-error.js';
import { answer, checkContentMd5, clientIp, md5Hex, type OssRequest } from './oss-request.js';
import { refreshUploadProgress } from './upload-progress.js';
import { objectPath, uploadSlice, type MultipartUpload, type UploadedPart } from './upload-store.js';

/** OSS's minimum size of every part but the last. */
export const MIN_PART_BYTES = 100 * 1024;
const MAX_PART_NUMBER = 10_000;

function pendingUpload(request: OssRequest): MultipartUpload {
  const uploadId = request.query.get('uploadId') ?? '';
  const upload = uploadSlice(request.env).multipart[uploadId];
  if (!upload || upload.Bucket !== request.bucket || upload.ObjectKey !== request.key) throw ossErrors.noSuchUpload(uploadId);
  return upload;
}

export function initiateMultipartUpload(request: OssRequest): void {
  const upload: MultipartUpload = {
    Kind: request.credential.Kind,
    MediaId: request.credential.MediaId,
    Bucket: request.bucket,
    ObjectKey: request.key,
    UploadId: randomBytes(16).toString('hex').toUpperCase(),
    Initiated: request.env.clock.nowIso(),
    Parts: {},
  };
  uploadSlice(request.env).multipart[upload.UploadId] = upload;
  sendXml(request.res, 200, request.requestId, 'InitiateMultipartUploadResult', { Bucket: upload.Bucket, Key: upload.ObjectKey, UploadId: upload.UploadId });
}

export function uploadPart(request: OssRequest): void {
  const upload = pendingUpload(request);
  const raw = request.query.get('partNumber') ?? '';
  const partNumber = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(partNumber >= 1 && partNumber <= MAX_PART_NUMBER)) throw ossErrors.invalidArgument(`Part number must be an integer between 1 and ${MAX_PART_NUMBER}, inclusive.`);
  checkContentMd5(request);
  const part: UploadedPart = { PartNumber: partNumber, ETag: md5Hex(request.body), Size: request.body.length, LastModified: request.env.clock.nowIso() };
  upload.Parts[String(partNumber)] = part;
  refreshUploadProgress(request.env, upload.MediaId);
  answer(request, 200, { etag: `"${part.ETag}"` });
}

/** The `<Part><PartNumber/><ETag/></Part>` list of a CompleteMultipartUpload body. */
function requestedParts(xml: string): { PartNumber: number; ETag: string }[] {
  if (!/<CompleteMultipartUpload>[\s\S]*<\/CompleteMultipartUpload>/.test(xml)) throw ossErrors.malformedXml();
  return [...xml.matchAll(/<Part>([\s\S]*?)<\/Part>/g)].map(([, inner = '']) => {
    const number = /<PartNumber>\s*(\d+)\s*<\/PartNumber>/.exec(inner)?.[1];
    const etag = /<ETag>\s*([^<]*?)\s*<\/ETag>/.exec(inner)?.[1];
    if (number === undefined || etag === undefined) throw ossErrors.malformedXml();
    return { PartNumber: Number(number), ETag: etag.replace(/&quot;/g, '"').replace(/"/g, '').toUpperCase() };
  });
}

export function completeMultipartUpload(request: OssRequest): void {
  const upload = pendingUpload(request);
  const completeAll = String(request.req.headers['x-oss-complete-all'] ?? '').toLowerCase() === 'yes';
  const listed = completeAll
    ? Object.values(upload.Parts).sort((a, b) => a.PartNumber - b.PartNumber)
    : requestedParts(request.body.toString('utf8'));
  if (listed.length === 0) throw ossErrors.malformedXml();
  const parts = listed.map((wanted, index) => {
    const previous = listed[index - 1];
    if (previous && previous.PartNumber >= wanted.PartNumber) throw ossErrors.invalidPartOrder();
    const part = upload.Parts[String(wanted.PartNumber)];
    if (!part || part.ETag !== wanted.ETag) throw ossErrors.invalidPart();
    return part;
  });
  if (parts.slice(0, -1).some((part) => part.Size < MIN_PART_BYTES)) throw ossErrors.entityTooSmall();
  const size = parts.reduce((sum, part) => sum + part.Size, 0);
  const digest = createHash('md5');
  for (const part of parts) digest.update(Buffer.from(part.ETag, 'hex'));
  const etag = `${digest.digest('hex').toUpperCase()}-${parts.length}`;
  const slice = uploadSlice(request.env);
  slice.objects[objectPath(upload.Bucket, upload.ObjectKey)] = { Bucket: upload.Bucket, Key: upload.ObjectKey, Size: size, ETag: etag, LastModified: request.env.clock.nowIso() };
  delete slice.multipart[upload.UploadId];
  completeMediaUpload(request.env, upload, size, clientIp(request));
  sendXml(request.res, 200, request.requestId, 'CompleteMultipartUploadResult', {
    Location: `${request.env.baseUrl}/${upload.Bucket}/${encodeURI(upload.ObjectKey)}`,
    Bucket: upload.Bucket,
    Key: upload.ObjectKey,
    ETag: `"${etag}"`,
  });
}

export function abortMultipartUpload(request: OssRequest): void {
  const upload = pendingUpload(request);
  delete uploadSlice(request.env).multipart[upload.UploadId];
  refreshUploadProgress(request.env, upload.MediaId);
  answer(request, 204);
}

export function listParts(request: OssRequest): void {
  const upload = pendingUpload(request);
  const parts = Object.values(upload.Parts).sort((a, b) => a.PartNumber - b.PartNumber);
  sendXml(request.res, 200, request.requestId, 'ListPartsResult', {
    Bucket: upload.Bucket,
    Key: upload.ObjectKey,
    UploadId: upload.UploadId,
    PartNumberMarker: 0,
    NextPartNumberMarker: parts.at(-1)?.PartNumber ?? 0,
    MaxParts: 1000,
    IsTruncated: false,
    Part: parts.map((part) => ({ PartNumber: part.PartNumber, LastModified: part.LastModified, ETag: `"${part.ETag}"`, Size: part.Size })),
  });
}

