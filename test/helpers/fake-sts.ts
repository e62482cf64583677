import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { computeSignature, stringToSign } from '../../src/signing/index.js';

/** Temporary credentials as the fake hands them out (the wire names of STS). */
export interface IssuedKey {
  AccessKeyId: string;
  AccessKeySecret: string;
  SecurityToken: string;
}

export interface FakeStsOptions {
  /** Long-term AccessKeys allowed to call AssumeRole: id -> secret. Keys it issued are accepted too (chained roles). */
  readonly accessKeys?: Record<string, string>;
  /** OIDC providers: ARN -> the token it accepts. */
  readonly oidcProviders?: Record<string, string>;
  /** The keys to hand out, in order; generated when they run out. */
  readonly issue?: IssuedKey[];
  /** Lifetime of what it issues, instead of the requested DurationSeconds (short expiries in tests). */
  readonly lifetimeSeconds?: number;
  readonly now?: () => number;
  /** The role's maximum session duration. */
  readonly maxSessionSeconds?: number;
}

export interface StsCall {
  readonly params: Record<string, string>;
  readonly status: number;
  readonly code?: string;
}

export interface FakeSts {
  readonly url: string;
  readonly calls: StsCall[];
  /** Every later call answers this error, until cleared with undefined. */
  failWith(error: { status: number; Code: string; Message: string } | undefined): void;
  close(): Promise<void>;
}

class StsError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const ROLE_ARN = /^acs:ram::\d+:role\/[\w.@-]+$/;

/** A loopback STS that checks what the real one checks and answers as it does: `Credentials` and `AssumedRoleUser`. */
export async function startFakeSts(options: FakeStsOptions = {}): Promise<FakeSts> {
  const now = options.now ?? Date.now;
  const issued = new Map<string, IssuedKey>();
  const queue = [...(options.issue ?? [])];
  const calls: StsCall[] = [];
  let failure: { status: number; Code: string; Message: string } | undefined;
  let serial = 0;

  const handle = (params: Record<string, string>): Record<string, unknown> => {
    if (failure) throw new StsError(failure.status, failure.Code, failure.Message);
    if (params.Version !== '2015-04-01') throw new StsError(400, 'InvalidVersion', 'Specified parameter Version is not valid.');
    if (params.Format !== 'JSON') throw new StsError(400, 'InvalidParameter.Format', 'The specified parameter Format is not valid.');
    const timestamp = Date.parse(params.Timestamp ?? '');
    if (Number.isNaN(timestamp) || Math.abs(timestamp - now()) > 15 * 60_000) throw new StsError(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
    if (!params.RoleArn) throw new StsError(400, 'MissingRoleArn', 'RoleArn is mandatory for this action.');
    if (!ROLE_ARN.test(params.RoleArn)) throw new StsError(400, 'InvalidParameter.RoleArn', 'The parameter RoleArn is wrongly formed.');
    if (!params.RoleSessionName) throw new StsError(400, 'MissingRoleSessionName', 'RoleSessionName is mandatory for this action.');
    const duration = Number(params.DurationSeconds ?? 3600);
    if (!Number.isInteger(duration) || duration < 900 || duration > (options.maxSessionSeconds ?? 3600)) {
      throw new StsError(400, 'InvalidParameter.DurationSeconds', 'The Min/Max value of DurationSeconds is 15min/1hr.');
    }
    if (params.Action === 'AssumeRole') authenticate(params);
    else if (params.Action === 'AssumeRoleWithOIDC') {
      const expected = options.oidcProviders?.[params.OIDCProviderArn ?? ''];
      if (!params.OIDCProviderArn || expected === undefined) throw new StsError(404, 'EntityNotExist.OIDCProvider', 'The specified OIDC provider does not exist.');
      if (params.OIDCToken !== expected) throw new StsError(400, 'AuthenticationFail.OIDCToken.Invalid', 'The OIDC token is invalid.');
    } else throw new StsError(400, 'InvalidAction.NotFound', `Specified api is not found, please check your url and method.`);
    serial += 1;
    const key = queue.shift() ?? { AccessKeyId: `STS.fake-${serial}`, AccessKeySecret: `fake-secret-${serial}-${randomUUID()}`, SecurityToken: `fake-token-${serial}-${randomUUID()}` };
    issued.set(key.AccessKeyId, key);
    const lifetime = options.lifetimeSeconds ?? duration;
    const Expiration = new Date(now() + lifetime * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const body: Record<string, unknown> = {
      RequestId: randomUUID().toUpperCase(),
      AssumedRoleUser: { Arn: `${params.RoleArn.replace(':role/', ':assumed-role/')}/${params.RoleSessionName}`, AssumedRoleId: `3${serial}:${params.RoleSessionName}` },
      Credentials: { ...key, Expiration },
    };
    if (params.Action === 'AssumeRoleWithOIDC') body.OIDCTokenInfo = { Issuer: 'https://oidc.fake', Subject: 'system:serviceaccount:default:bot', ClientIds: 'sts.aliyuncs.com' };
    return body;
  };

  const authenticate = (params: Record<string, string>) => {
    const id = params.AccessKeyId ?? '';
    const temporary = issued.get(id);
    const secret = temporary?.AccessKeySecret ?? options.accessKeys?.[id];
    if (!id || secret === undefined) throw new StsError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    if (temporary && params.SecurityToken !== temporary.SecurityToken) throw new StsError(400, 'InvalidSecurityToken.MismatchWithAccessKey', 'Specified SecurityToken mismatch with the AccessKey.');
    if (params.SignatureMethod !== 'HMAC-SHA1' || params.SignatureVersion !== '1.0' || !params.SignatureNonce) throw new StsError(400, 'MissingParameter', 'A signature parameter is missing.');
    const unsigned = Object.fromEntries(Object.entries(params).filter(([name]) => name !== 'Signature'));
    if (computeSignature('POST', unsigned, secret) !== params.Signature) {
      // As the real STS does: the message carries its string to sign, SecurityToken and all.
      throw new StsError(400, 'SignatureDoesNotMatch', `Specified signature is not matched with our calculation. server string to sign is:${stringToSign('POST', unsigned)}`);
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const params: Record<string, string> = Object.fromEntries(url.searchParams);
      for (const [name, value] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) params[name] = value;
      let status = 200;
      let body: Record<string, unknown>;
      try {
        if (req.method !== 'POST' && req.method !== 'GET') throw new StsError(405, 'UnsupportedHTTPMethod', 'This http method is not supported.');
        body = handle(params);
      } catch (error) {
        if (!(error instanceof StsError)) throw error;
        status = error.status;
        body = { RequestId: randomUUID().toUpperCase(), HostId: 'sts.aliyuncs.com', Code: error.code, Message: error.message, Recommend: 'https://api.aliyun.com/troubleshoot' };
      }
      calls.push({ params, status, ...(typeof body.Code === 'string' ? { code: body.Code } : {}) });
      res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    failWith: (error) => (failure = error),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
