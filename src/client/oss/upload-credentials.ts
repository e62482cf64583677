/** Where one media file goes and the STS credentials for it: the service's UploadAddress and UploadAuth, decoded. */
export interface UploadTarget {
  readonly endpoint: string;
  readonly bucket: string;
  readonly key: string;
}

export interface UploadCredentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly securityToken: string;
}

function decodeBase64Json(value: string, what: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // falls through to the error below
  }
  throw new Error(`${what} is not base64-encoded JSON`);
}

function text(record: Record<string, unknown>, field: string, what: string): string {
  const value = record[field];
  if (typeof value !== 'string' || value === '') throw new Error(`${what} has no ${field}`);
  return value;
}

/** UploadAddress: base64 of {"Endpoint","Bucket","FileName"}. */
export function decodeUploadAddress(uploadAddress: string): UploadTarget {
  const record = decodeBase64Json(uploadAddress, 'UploadAddress');
  return { endpoint: text(record, 'Endpoint', 'UploadAddress'), bucket: text(record, 'Bucket', 'UploadAddress'), key: text(record, 'FileName', 'UploadAddress') };
}

/** UploadAuth: base64 of {"AccessKeyId","AccessKeySecret","SecurityToken",...}. */
export function decodeUploadAuth(uploadAuth: string): UploadCredentials {
  const record = decodeBase64Json(uploadAuth, 'UploadAuth');
  return {
    accessKeyId: text(record, 'AccessKeyId', 'UploadAuth'),
    accessKeySecret: text(record, 'AccessKeySecret', 'UploadAuth'),
    securityToken: text(record, 'SecurityToken', 'UploadAuth'),
  };
}
