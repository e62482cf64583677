import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrapLists } from '../../src/client/unwrap-lists.js';
import { HANDLERS } from '../../src/sandbox/actions/index.js';
import { startSandbox, type RecordedRequest, type Sandbox } from '../../src/sandbox/index.js';
import { FIRST_CALLS } from '../helpers/first-calls.js';
import { decodeWithModel, MODEL_SHAPES, parseXml } from '../helpers/model-decode.js';

// Every action, called by real, unmodified official clients from npm: @alicloud/pop-core (spec 4.4 RPC signature,
// GET and POST, JSON and XML) and @alicloud/openapi-client with its default settings (ACS3-HMAC-SHA256), called
// exactly as the generated @alicloud/vod20170321 SDK calls it (parameters in the query, or in a form body).
// Arguments: the realistic first call of every action (test/helpers/first-calls.ts), in its order, each client on
// its own fresh demo sandbox, later calls built from the (flattened) answers that client got to the earlier ones.
// No call may fail at the gateway, and every action must answer successfully through every client, less the
// documented exceptions below. The figures (answered successfully per client) are printed.
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

/**
 * Actions that cannot succeed through a client for a reason outside the sandbox (a client-side limitation), by
 * variant name: action -> why. Each is to be listed in docs/spec-decisions.md ("Wire protocol", "Official clients
 * against the sandbox"). None today.
 */
const EXCEPTIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {};

type Json = Record<string, unknown>;

/** What one call gave: the body the client got (parsed), or how the client failed. */
interface Answer {
  body?: Json;
  error?: { code?: string; message?: string; name?: string };
  /** pop-core XML only: the XML body it received and could not parse, and that body's root element. */
  xmlText?: string;
  xmlRoot?: string;
}

interface Variant {
  name: string;
  /** One client per variant, built on its own sandbox, used for the whole sequence. */
  client(sandbox: Sandbox): (action: string, params: Record<string, string>) => Promise<Answer>;
  /**
   * XML answers are not what pop-core can parse (it JSON-parses every body): a SyntaxError on the `<?xml` body is
   * its outcome for every call, success or error. Its JSON parser (json-bigint) keeps the text it could not parse on
   * the error (`text`); that is the body pop-core received, read here with the test's own XML reader.
   */
  xml?: boolean;
}

interface Outcome {
  action: string;
  /** What the sandbox recorded for the call (undefined: it never arrived as this action). */
  record?: RecordedRequest;
  answer?: Answer;
  /** The builder could not make the arguments (an earlier answer it needs is missing). */
  noArguments?: string;
  gatewayFailure?: string;
  clientFailure?: string;
  ok: boolean;
}

function caughtError(caught: unknown): Answer['error'] & { text?: string } {
  const error = caught as { code?: string; message?: string; name?: string; text?: string; data?: { Code?: string; Message?: string } };
  return { code: error.data?.Code ?? error.code, message: error.data?.Message ?? error.message, name: error.name, text: error.text };
}

function popCore(sandbox: Sandbox, method: 'GET' | 'POST', format: 'JSON' | 'XML'): ReturnType<Variant['client']> {
  const client = new RPCClient({ accessKeyId: sandbox.credentials.accessKeyId, accessKeySecret: sandbox.credentials.accessKeySecret, endpoint: sandbox.url, apiVersion: '2017-03-21' });
  return async (action, params) => {
    try {
      return { body: await client.request(action, format === 'XML' ? { ...params, Format: 'XML' } : params, { method }) };
    } catch (caught) {
      const { text, ...error } = caughtError(caught);
      if (format === 'XML' && error.name === 'SyntaxError' && typeof text === 'string') return xmlAnswer(text, error);
      return { error };
    }
  };
}

/** The XML body pop-core got: the answer below `<ActionResponse>`, or `<Error>`'s code and message. */
function xmlAnswer(text: string, error: NonNullable<Answer['error']>): Answer {
  let parsed: Json;
  try {
    parsed = parseXml(text);
  } catch (caught) {
    return { error: { ...error, message: `unreadable XML (${(caught as Error).message}): ${text.slice(0, 200)}` }, xmlText: text };
  }
  const [root, value] = Object.entries(parsed)[0]!;
  const body = typeof value === 'object' && value !== null ? (value as Json) : {};
  if (root === 'Error') return { error: { code: String(body.Code), message: String(body.Message), name: 'XML Error' }, xmlRoot: root, xmlText: text };
  return { body, xmlRoot: root, xmlText: text };
}

function openApi(sandbox: Sandbox, where: 'query' | 'body'): ReturnType<Variant['client']> {
  const client = new OpenApi.default(
    new OpenApi.Config({ accessKeyId: sandbox.credentials.accessKeyId, accessKeySecret: sandbox.credentials.accessKeySecret, endpoint: new URL(sandbox.url).host, protocol: 'HTTP' }),
  );
  return async (action, params) => {
    try {
      return { body: (await generatedSdkCall(client, action, params, where)).body };
    } catch (caught) {
      return { error: caughtError(caught) };
    }
  };
}

/** As @alicloud/vod20170321's `<action>WithOptions` does it: every parameter in the query, the RPC params below. */
function generatedSdkCall(client: OpenApiClient, action: string, query: Record<string, string>, where: 'query' | 'body' = 'query') {
  const request = new OpenApi.OpenApiRequest(where === 'query' ? { query: OpenApiUtil.query(query) } : { body: query });
  const params = new OpenApi.Params({ action, version: '2017-03-21', protocol: 'HTTPS', pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json' });
  return client.callApi(params, request, new RuntimeOptions({}));
}

const variants: Variant[] = [
  { name: '@alicloud/pop-core GET JSON', client: (sandbox) => popCore(sandbox, 'GET', 'JSON') },
  { name: '@alicloud/pop-core POST JSON', client: (sandbox) => popCore(sandbox, 'POST', 'JSON') },
  { name: '@alicloud/pop-core GET XML', client: (sandbox) => popCore(sandbox, 'GET', 'XML'), xml: true },
  { name: '@alicloud/pop-core POST XML', client: (sandbox) => popCore(sandbox, 'POST', 'XML'), xml: true },
  { name: '@alicloud/openapi-client V3 (generated SDK call)', client: (sandbox) => openApi(sandbox, 'query') },
  // The same call with the parameters in the form body, as generated SDKs send Body-position parameters.
  { name: '@alicloud/openapi-client V3, parameters in a form body', client: (sandbox) => openApi(sandbox, 'body') },
];

/** Why the call failed at the gateway, or undefined when it got through to the action. */
function gatewayFailure(record: RecordedRequest | undefined, answer: Answer): string | undefined {
  const { error } = answer;
  if (!record) return `never reached the sandbox as this action (${error?.code ?? error?.name}: ${error?.message})`;
  if (record.code && GATEWAY_CODES.has(record.code)) return `${record.code}: ${error?.message ?? ''}`;
  if (record.code === 'MissingParameter') {
    const named = /"([^"]+)"/.exec(error?.message ?? '')?.[1];
    if (named && COMMON_PARAMETER_NAMES.has(named)) return `MissingParameter ${named}`;
  }
  if (record.code === 'InvalidParameter' && /"(Format|SignatureMethod|SignatureVersion)"/.test(error?.message ?? '')) return `InvalidParameter: ${error?.message}`;
  return undefined;
}

/** A client that could not read the answer it got (wrong format, wrong root, broken body, another code). */
function clientFailure(variant: Variant, action: string, record: RecordedRequest, answer: Answer): string | undefined {
  const { error, body } = answer;
  if (variant.xml) {
    // pop-core only parses JSON: every answer must have come back as an XML body that made it throw.
    if (answer.xmlText === undefined) return `expected an XML body, got ${error?.name ?? 'a parsed answer'}: ${error?.message ?? JSON.stringify(body).slice(0, 200)}`;
    if (!answer.xmlText.startsWith('<?xml')) return `an XML body without the XML declaration: ${answer.xmlText.slice(0, 80)}`;
    const root = record.status === 200 ? `${action}Response` : 'Error';
    if (answer.xmlRoot !== root) return `the XML root is <${answer.xmlRoot}>, expected <${root}>`;
  }
  if (record.status === 200) return typeof body?.RequestId === 'string' ? undefined : `answer without RequestId: ${JSON.stringify(body ?? error).slice(0, 200)}`;
  return error?.code === record.code ? undefined : `the client saw ${error?.code ?? error?.name} (${error?.message}) for the sandbox's ${record.code}`;
}

/** The answer as the later builders read it: lists unwrapped; XML first typed by the official models (lone items as lists). */
function flat(action: string, body: Json, xml: boolean): Json {
  const value = xml && MODEL_SHAPES[action] ? (decodeWithModel(MODEL_SHAPES[action], body, 'XML').value as Json) : structuredClone(body);
  return unwrapLists(action, value);
}

const sandboxes: Sandbox[] = [];
const outcomes = new Map<string, Outcome[]>();

/** The whole ordered sequence of first calls through one client variant, on its own fresh demo sandbox. */
async function runVariant(variant: Variant): Promise<void> {
  const sandbox = await startSandbox({ enforceQps: false });
  sandboxes.push(sandbox);
  const call = variant.client(sandbox);
  const answers = new Map<string, Json>();
  const results: Outcome[] = [];
  outcomes.set(variant.name, results);
  for (const first of FIRST_CALLS) {
    let params: Record<string, string>;
    try {
      params = first.params({ sandbox, answers });
    } catch (caught) {
      results.push({ action: first.action, noArguments: (caught as Error).message, ok: false });
      continue;
    }
    const before = sandbox.requests.length;
    const answer = await call(first.action, params);
    const record = sandbox.requests.slice(before).find((request) => request.action === first.action);
    const outcome: Outcome = { action: first.action, record, answer, ok: false };
    outcome.gatewayFailure = gatewayFailure(record, answer);
    if (record) outcome.clientFailure = clientFailure(variant, first.action, record, answer);
    outcome.ok = !outcome.gatewayFailure && !outcome.clientFailure && record?.status === 200;
    if (outcome.ok) {
      answers.set(first.action, flat(first.action, answer.body!, variant.xml ?? false));
    }
    results.push(outcome);
  }
}

function describeFailure(outcome: Outcome): string {
  if (outcome.noArguments) return `no arguments: ${outcome.noArguments}`;
  if (outcome.gatewayFailure) return `at the gateway: ${outcome.gatewayFailure}`;
  if (outcome.clientFailure) return `in the client: ${outcome.clientFailure}`;
  return `${outcome.record?.status} ${outcome.record?.code}: ${outcome.answer?.error?.message ?? ''}`;
}

beforeAll(async () => {
  await Promise.all(variants.map(runVariant));
}, 120_000);
afterAll(async () => {
  const lines = variants.map((variant) => {
    const results = outcomes.get(variant.name) ?? [];
    const ok = results.filter((outcome) => outcome.ok).length;
    const atGateway = results.filter((outcome) => outcome.gatewayFailure).length;
    return `  ${variant.name}: ${ok}/${FIRST_CALLS.length} answered successfully, ${atGateway} failed at the gateway`;
  });
  console.log(`official clients against the sandbox (${FIRST_CALLS.length} actions, the realistic first calls, each client on its own fresh demo sandbox):\n${lines.join('\n')}`);
  await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
});

describe('official clients call every action of the sandbox', () => {
  it('the first calls name every sandbox action exactly once', () => {
    const named = FIRST_CALLS.map((call) => call.action);
    expect(new Set(named).size).toBe(named.length);
    expect([...named].sort()).toEqual([...HANDLERS.keys()].sort());
  });

  describe.each(variants.map((variant) => [variant.name, variant] as const))('%s', (name) => {
    it('no call fails at the gateway', () => {
      const failures = outcomes.get(name)!.filter((outcome) => outcome.gatewayFailure).map((outcome) => `${outcome.action}: ${outcome.gatewayFailure}`);
      expect(failures).toEqual([]);
    });

    it('every action answers successfully, the client reading what it got', () => {
      const expected = EXCEPTIONS[name] ?? {};
      const failed = Object.fromEntries(outcomes.get(name)!.filter((outcome) => !outcome.ok && !(outcome.action in expected)).map((outcome) => [outcome.action, describeFailure(outcome)]));
      expect(failed).toEqual({});
      // A documented exception that succeeds is no longer one: drop it from EXCEPTIONS and the docs.
      const excepted = outcomes.get(name)!.filter((outcome) => outcome.action in expected && outcome.ok).map((outcome) => outcome.action);
      expect(excepted).toEqual([]);
    });
  });

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
});
