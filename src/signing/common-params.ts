export const API_VERSION = '2017-03-21';

export interface SigningCredentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly securityToken?: string | undefined;
}

/** `yyyy-MM-ddTHH:mm:ssZ` in UTC, the only Timestamp format the gateway accepts. */
export function formatTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface SignInput {
  readonly method: 'GET' | 'POST';
  readonly action: string;
  readonly params: Readonly<Record<string, string>>;
  readonly credentials: SigningCredentials;
  readonly now: Date;
  readonly nonce: string;
}
