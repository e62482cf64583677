import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/** An OSS error reply: `<Error><Code>...</Code>...</Error>` with the HTTP status OSS uses. */
export class OssError extends Error {
  override readonly name = 'OssError';
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus: number,
    readonly extra: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const ossErrors = {
  anonymous: () => new OssError('AccessDenied', 'AccessDenied : Anonymous access is forbidden for this operation.', 403),
  invalidAccessKeyId: (accessKeyId: string) =>
    new OssError('InvalidAccessKeyId', 'The OSS Access Key Id you provided does not exist in our records.', 403, { OSSAccessKeyId: accessKeyId }),
  invalidSecurityToken: () => new OssError('InvalidSecurityToken', 'The security token you provided is invalid.', 403),
  expired: () => new OssError('AccessDenied', 'The security token you provided has expired.', 403),
  wrongObject: () => new OssError('AccessDenied', 'You have no right to access this object because of bucket acl.', 403),
  forbiddenAction: (action: string) => new OssError('AccessDenied', `You are forbidden to oss:${action}`, 403),
  /** As OSS answers it: the key, the signature provided, the server's string to sign and its bytes (V4 also the canonical request). */
  signature: (accessKeyId: string, provided: string, stringToSign: string, canonicalRequest?: string) =>
    new OssError('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', 403, {
      OSSAccessKeyId: accessKeyId,
      SignatureProvided: provided,
      StringToSign: stringToSign,
      StringToSignBytes: [...Buffer.from(stringToSign, 'utf8')].map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(' '),
      ...(canonicalRequest === undefined ? {} : { CanonicalRequest: canonicalRequest }),
    }),
  invalidAuthorization: (detail: string) => new OssError('InvalidArgument', `Authorization header is invalid. ${detail}`, 400),
  signingRegion: (region: string, expected: string) =>
    new OssError('InvalidArgument', `Invalid signing region in Authorization header: ${region}; this bucket is in ${expected}.`, 400),
  entityTooLarge: (limit: number) =>
    new OssError('EntityTooLarge', `Your proposed upload exceeds the maximum allowed size (${limit} bytes on this sandbox).`, 413, { MaxSizeAllowed: String(limit) }),
  timeSkewed: () => new OssError('RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.', 403),
  invalidDigest: () => new OssError('InvalidDigest', 'The Content-MD5 you specified is not valid.', 400),
  noSuchUpload: (uploadId: string) => new OssError('NoSuchUpload', 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.', 404, { UploadId: uploadId }),
  invalidPart: () => new OssError('InvalidPart', 'One or more of the specified parts could not be found or the specified entity tag might not have matched the part\'s entity tag.', 400),
  invalidPartOrder: () => new OssError('InvalidPartOrder', 'The list of parts was not in ascending order. Parts list must be specified in order by part number.', 400),
  entityTooSmall: () => new OssError('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size.', 400),
  malformedXml: () => new OssError('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema.', 400),
  invalidArgument: (message: string) => new OssError('InvalidArgument', message, 400),
};

export function ossRequestId(): string {
  return randomBytes(12).toString('hex').toUpperCase();
}

/** Text-node escaping only: OSS writes ETag quotes literally (`<ETag>"..."</ETag>`). */
export function escapeXml(text: string): string {
  return text.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c);
}

/** `<Name><A>1</A>...</Name>` from flat or nested records (arrays repeat the element). */
export function xmlElement(name: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => xmlElement(name, item)).join('');
  if (value !== null && typeof value === 'object') {
    return `<${name}>${Object.entries(value as Record<string, unknown>)
      .map(([key, child]) => xmlElement(key, child))
      .join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value ?? ''))}</${name}>`;
}

export function sendXml(res: ServerResponse, status: number, requestId: string, root: string, value: Record<string, unknown>, headers: Record<string, string> = {}): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n${xmlElement(root, value)}`;
  res.writeHead(status, { 'content-type': 'application/xml', 'x-oss-request-id': requestId, server: 'AliyunOSS', date: new Date().toUTCString(), ...headers });
  res.end(body);
}

export function sendOssError(res: ServerResponse, error: OssError, requestId: string, host: string): void {
  sendXml(res, error.httpStatus, requestId, 'Error', { Code: error.code, Message: error.message, RequestId: requestId, HostId: host, ...error.extra });
}
