import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RecordedRequest, type Sandbox } from '../../src/sandbox/index.js';
import { manualActions } from '../helpers/manual-data.js';
import { requestExampleOf } from '../helpers/spec-data.js';

// Every action, called by real, unmodified official clients from npm: @alicloud/pop-core (spec 4.4 RPC signature,
// GET and POST, JSON and XML) and @alicloud/openapi-client with its default settings (ACS3-HMAC-SHA256), called
// exactly as the generated @alicloud/vod20170321 SDK calls it. Arguments: the spec's request example of each action
// (masked IDs replaced by demo-catalog IDs, see argumentsFor).
// No call may fail at the gateway; the figures (answered successfully per client) are printed.
const require = createRequire(import.meta.url);

type PopCore = { request(action: string, params: Record<string, string>, opts?: Record<string, unknown>): Promise<Record<string, unknown>> };
const RPCClient = require('@alicloud/pop-core').RPCClient as new (config: Record<string, string>) => PopCore;

type OpenApiClient = { callApi(params: unknown, request: unknown, runtime: unknown): Promise<{ statusCode: number; body: Record<string, unknown> }> };
const OpenApi = require('@alicloud/openapi-client') as {
  default: new (config: unknown) => OpenApiClient;
  Config: new (config: Record<string, unknown>) => unknown;
  Params: new (params: Record<string, unknown>) => unknown;
  OpenApiRequest: new (request: Record<string, unknown>) => unknown;
};
const OpenApiUtil = require('@alicloud/openapi-util').default as { query(filter: Record<string, unknown>): Record<string, string> };
const { RuntimeOptions } = require('@alicloud/tea-util') as { RuntimeOptions: new (options: Record<string, unknown>) => unknown };

/** Errors that mean the request never got past the gateway: the client and the sandbox disagree on the wire. */
const GATEWAY_CODES = new Set([
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'InvalidAction.NotFound',
  'InvalidVersion',
  'InvalidTimeStamp.Expired',
  'InvalidTimeStamp.Format',
  'SignatureNonceUsed',
  'InvalidAccessKeyId.NotFound',
  'InvalidAccessKeyId.Inactive',
  'InvalidSecurityToken.Malformed',
  'InvalidSecurityToken.MismatchWithAccessKey',
]);
const V2_COMMON = ['Action', 'Version', 'AccessKeyId', 'SignatureMethod', 'SignatureVersion', 'Timestamp', 'SignatureNonce'];
const COMMON_PARAMETER_NAMES = new Set([...V2_COMMON, 'Signature', 'Format', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256']);

interface Outcome {
  /** What the sandbox recorded for the call (undefined: it never arrived as this action). */
  record: RecordedRequest | undefined;
  /** How the client failed when it did: the API error's code and message, or a client-side failure. */
  error?: { code?: string; message?: string; name?: string };
}

interface Variant {
  name: string;
  call(action: string, params: Record<string, string>): Promise<unknown>;
  /** XML answers are not what pop-core can parse: a SyntaxError on the `<?xml` body is its expected outcome. */
  xml?: boolean;
}

let sandbox: Sandbox;
const actions = manualActions();
const figures = new Map<string, { ok: number; gatewayFailures: string[]; clientFailures: string[]; refusals: Map<string, number>; succeeded: string[] }>();

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
});
afterAll(async () => {
  await sandbox?.close();
  const lines = [...figures].map(([name, f]) => {
    const refusals = [...f.refusals].sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code} ${count}`).join(', ');
    return `  ${name}: ${f.ok}/${actions.length} answered successfully, ${f.gatewayFailures.length} failed at the gateway; the actions' own refusals: ${refusals || 'none'}`;
  });
  console.log(`official clients against the sandbox (${actions.length} actions, spec request examples with demo IDs as arguments):\n${lines.join('\n')}`);
});

function popCore(): PopCore {
  return new RPCClient({ accessKeyId: sandbox.credentials.accessKeyId, accessKeySecret: sandbox.credentials.accessKeySecret, endpoint: sandbox.url, apiVersion: '2017-03-21' });
}

function openApi(): OpenApiClient {
  return new OpenApi.default(
    new OpenApi.Config({ accessKeyId: sandbox.credentials.accessKeyId, accessKeySecret: sandbox.credentials.accessKeySecret, endpoint: new URL(sandbox.url).host, protocol: 'HTTP' }),
  );
}

/** As @alicloud/vod20170321's `<action>WithOptions` does it: every parameter in the query, the RPC params below. */
function generatedSdkCall(client: OpenApiClient, action: string, query: Record<string, string>, where: 'query' | 'body' = 'query') {
  const request = new OpenApi.OpenApiRequest(where === 'query' ? { query: OpenApiUtil.query(query) } : { body: query });
  const params = new OpenApi.Params({ action, version: '2017-03-21', protocol: 'HTTPS', pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json' });
  return client.callApi(params, request, new RuntimeOptions({}));
}

const variants: Variant[] = [
  { name: '@alicloud/pop-core GET JSON', call: (action, params) => popCore().request(action, params, { method: 'GET' }) },
  { name: '@alicloud/pop-core POST JSON', call: (action, params) => popCore().request(action, params, { method: 'POST' }) },
  { name: '@alicloud/pop-core GET XML', call: (action, params) => popCore().request(action, { ...params, Format: 'XML' }, { method: 'GET' }), xml: true },
  { name: '@alicloud/pop-core POST XML', call: (action, params) => popCore().request(action, { ...params, Format: 'XML' }, { method: 'POST' }), xml: true },
  { name: '@alicloud/openapi-client V3 (generated SDK call)', call: (action, params) => generatedSdkCall(openApi(), action, params) },
  // The same call with the parameters in the form body, as generated SDKs send Body-position parameters.
  { name: '@alicloud/openapi-client V3, parameters in a form body', call: (action, params) => generatedSdkCall(openApi(), action, params, 'body') },
];

/**
 * The spec example, with its masked IDs ("...****") replaced by IDs of the demo catalog where the record kind is
 * plain (videos, images, categories, template groups, apps, storage, the CDN domain). Delete* actions keep the masked IDs, so the catalog
 * stays whole for the actions after them.
 */
function argumentsFor(action: string): Record<string, string> {
  const example = requestExampleOf(action);
  if (action.startsWith('Delete')) return example;
  const data = sandbox.state.data;
  const normal = Object.values(data.videos).find((record) => record.Status === 'Normal');
  const video = normal?.VideoId;
  const domains = (data.slices.cdn as { domains?: Record<string, unknown> } | undefined)?.domains ?? {};
  const live: Record<string, string | undefined> = {
    StorageLocation: normal?.StorageLocation,
    VideoId: video,
    VideoIds: video,
    MediaId: video,
    MediaIds: video,
    ImageId: Object.keys(data.images)[0],
    CateId: Object.keys(data.categories)[0],
    TemplateGroupId: Object.keys(data.transcodeTemplateGroups)[0],
    TranscodeTemplateGroupId: Object.keys(data.transcodeTemplateGroups)[0],
    AppId: Object.keys(data.apps)[0],
  };
  const replaced = Object.entries(example).map(([name, value]) => [name, value.includes('****') && live[name] ? live[name] : value]);
  // The examples' example.com domains are not the demo's; adding or verifying one is what those examples show.
  const domain = Object.keys(domains)[0];
  const keepsDomain = ['AddVodDomain', 'VerifyVodDomainOwner', 'DescribeVodVerifyContent'].includes(action);
  return Object.fromEntries(replaced.map(([name, value]) => [name, name === 'DomainName' && domain && !keepsDomain ? domain : value]));
}

async function run(variant: Variant, action: string): Promise<Outcome & { answer?: unknown }> {
  const before = sandbox.requests.length;
  try {
    const answer = await variant.call(action, argumentsFor(action));
    return { record: sandbox.requests.slice(before).find((request) => request.action === action), answer };
  } catch (caught) {
    const error = caught as { code?: string; message?: string; name?: string; data?: { Code?: string; Message?: string } };
    return {
      record: sandbox.requests.slice(before).find((request) => request.action === action),
      error: { code: error.data?.Code ?? error.code, message: error.data?.Message ?? error.message, name: error.name },
    };
  }
}

/** Why the call failed at the gateway, or undefined when it got through to the action. */
function gatewayFailure(outcome: Outcome): string | undefined {
  const { record, error } = outcome;
  if (!record) return `never reached the sandbox as this action (${error?.code ?? error?.name}: ${error?.message})`;
  if (record.code && GATEWAY_CODES.has(record.code)) return `${record.code}: ${error?.message ?? ''}`;
  if (record.code === 'MissingParameter') {
    const named = /"([^"]+)"/.exec(error?.message ?? '')?.[1];
    if (named && COMMON_PARAMETER_NAMES.has(named)) return `MissingParameter ${named}`;
  }
  if (record.code === 'InvalidParameter' && /"(Format|SignatureMethod|SignatureVersion)"/.test(error?.message ?? '')) return `InvalidParameter: ${error?.message}`;
  return undefined;
}

/** A client that could not read the answer it got (wrong format, wrong content type, broken body). */
function clientFailure(variant: Variant, outcome: Outcome & { answer?: unknown }): string | undefined {
  const { record, error, answer } = outcome;
  if (!record) return undefined;
  if (variant.xml) {
    // pop-core only parses JSON: an XML body (success or error) must be what made it throw.
    return error?.name === 'SyntaxError' && /'<'|<\?xml/.test(error.message ?? '') ? undefined : `expected an XML body, got ${error?.name ?? 'a parsed answer'}: ${error?.message ?? ''}`;
  }
  if (record.status === 200) {
    const body = (answer as { body?: Record<string, unknown> })?.body ?? (answer as Record<string, unknown>);
    return typeof body?.RequestId === 'string' ? undefined : `answer without RequestId: ${JSON.stringify(answer).slice(0, 200)}`;
  }
  return error?.code === record.code ? undefined : `the client saw ${error?.code ?? error?.name} (${error?.message}) for the sandbox's ${record.code}`;
}

describe('official clients call every action of the sandbox', () => {
  it('covers the manual\'s 141 actions', () => {
    expect(actions.length).toBe(141);
  });

  it.each(variants.map((variant) => [variant.name, variant] as const))('%s: no action fails at the gateway', async (name, variant) => {
    sandbox.reset();
    const figure = { ok: 0, gatewayFailures: [] as string[], clientFailures: [] as string[], refusals: new Map<string, number>(), succeeded: [] as string[] };
    figures.set(name, figure);
    for (const action of actions) {
      const outcome = await run(variant, action);
      const atGateway = gatewayFailure(outcome);
      if (atGateway) figure.gatewayFailures.push(`${action}: ${atGateway}`);
      const inClient = clientFailure(variant, outcome);
      if (inClient) figure.clientFailures.push(`${action}: ${inClient}`);
      if (!atGateway && !inClient && outcome.record?.status === 200) {
        figure.ok++;
        figure.succeeded.push(action);
      }
      else if (outcome.record?.code) figure.refusals.set(outcome.record.code, (figure.refusals.get(outcome.record.code) ?? 0) + 1);
    }
    expect(figure.gatewayFailures).toEqual([]);
    expect(figure.clientFailures).toEqual([]);
    // Actions whose IDs live in family tables (AI templates, editing projects...) still answer their own not-found
    // errors with the masked examples; every client must get the same share through.
    expect(figure.ok).toBeGreaterThan(80);
  }, 60_000);

  it('pop-core and openapi-client with an STS token (SecurityToken, x-acs-security-token)', async () => {
    const sts = { accessKeyId: 'STS.official', accessKeySecret: 'sts-secret', securityToken: 'CAIS-official' };
    const stsSandbox = await startSandbox({ enforceQps: false, demo: false, credentials: [sts] });
    try {
      const pop = new RPCClient({ ...sts, endpoint: stsSandbox.url, apiVersion: '2017-03-21' });
      await expect(pop.request('GetCategories', {}, { method: 'POST' })).resolves.toHaveProperty('RequestId');
      const v3 = new OpenApi.default(new OpenApi.Config({ ...sts, endpoint: new URL(stsSandbox.url).host, protocol: 'HTTP' }));
      await expect(generatedSdkCall(v3, 'GetCategories', {})).resolves.toMatchObject({ statusCode: 200 });
      const wrong = new OpenApi.default(new OpenApi.Config({ ...sts, securityToken: 'other', endpoint: new URL(stsSandbox.url).host, protocol: 'HTTP' }));
      await expect(generatedSdkCall(wrong, 'GetCategories', {})).rejects.toMatchObject({ code: 'InvalidSecurityToken.MismatchWithAccessKey' });
    } finally {
      await stsSandbox.close();
    }
  });

  it('every client gets the same actions through', () => {
    const [first, ...rest] = [...figures.values()];
    expect(rest.length).toBe(variants.length - 1);
    for (const figure of rest) expect(figure.succeeded).toEqual(first!.succeeded);
  });
});
