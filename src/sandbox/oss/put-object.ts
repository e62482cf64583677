import { completeMediaUpload } from './complete-media.js';
import { answer, checkContentMd5, clientIp, md5Hex, type OssRequest } from './oss-request.js';
import { objectPath, uploadSlice } from './upload-store.js';

/** PutObject: the whole file in one request. */
export function putObject(request: OssRequest): void {
  checkContentMd5(request);
  const etag = md5Hex(request.body);
  const contentType = request.req.headers['content-type'];
  uploadSlice(request.env).objects[objectPath(request.bucket, request.key)] = {
    Bucket: request.bucket,
    Key: request.key,
    Size: request.body.length,
    ETag: etag,
    ...(contentType ? { ContentType: contentType } : {}),
    LastModified: request.env.clock.nowIso(),
  };
  completeMediaUpload(request.env, request.credential, request.body.length, clientIp(request));
  answer(request, 200, { etag: `"${etag}"`, 'content-md5': Buffer.from(etag, 'hex').toString('base64') });
}
