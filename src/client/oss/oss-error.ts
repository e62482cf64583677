/** An OSS error response: its XML Code, Message and RequestId, and the HTTP status. */
export class OssError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string,
  ) {
    super(`OSS ${code} (HTTP ${status}): ${message}${requestId ? ` RequestId ${requestId}` : ''}`);
    this.name = 'OssError';
  }

  /** Worth one more try with the same bytes: throttling, server errors, expired credentials (after a refresh). */
  get retryable(): boolean {
    return this.status >= 500 || this.code === 'RequestTimeout' || this.code === 'InvalidAccessKeyId' || this.code === 'SecurityTokenExpired';
  }

  get credentialsExpired(): boolean {
    return this.code === 'SecurityTokenExpired' || this.code === 'InvalidAccessKeyId' || (this.code === 'AccessDenied' && /expired/i.test(this.message));
  }
}

export function xmlField(xml: string, name: string): string {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return match ? unescapeXml(match[1]!) : '';
}

export function xmlFields(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g'))].map((match) => unescapeXml(match[1]!));
}

function unescapeXml(value: string): string {
  return value.replace(/&(lt|gt|quot|apos|amp);/g, (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[entity]!);
}

export function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

export function ossErrorFrom(status: number, xml: string, headerRequestId: string): OssError {
  const code = xmlField(xml, 'Code') || `HTTP${status}`;
  const message = xmlField(xml, 'Message') || 'no error body';
  return new OssError(status, code, message, xmlField(xml, 'RequestId') || headerRequestId);
}
