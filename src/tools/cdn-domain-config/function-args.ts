import { z } from 'zod';
import { integerRangePattern } from '../schema-helpers.js';
import type { SETTABLE_FUNCTIONS } from './function-names.js';

// The arguments of every function BatchSetVodDomainConfigs sets (spec 13.4.1, function table). All values are
// strings on the wire ("所有参数值均按照字符串类型处理").

const text = () => z.string().min(1).max(1024);
const onOff = () => z.enum(['on', 'off']);
const wholeNumber = (min: number, max: number) => z.string().regex(new RegExp(integerRangePattern(min, max)), `must be a whole number ${min}-${max}`);
const seconds = () => wholeNumber(0, 999_999_999).describe('Seconds.');
const commaList = () => z.string().min(1).max(4096).regex(/^[^,\s][^,]*(?:,[^,]+)*$/, 'must be a comma-separated list').describe('Comma-separated.');
const IP_OR_CIDR = '(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:/(?:[0-9]|[12]\\d|3[0-2]))?';
const ipList = () => z.string().regex(new RegExp(`^${IP_OR_CIDR}(?:,${IP_OR_CIDR})*$`), 'must be IPv4 addresses or CIDRs, comma-separated').describe('IPs/CIDRs, comma-separated.');
const path = () => z.string().min(1).max(1024).regex(/^\/\S*$/, 'must start with /');
const RESPONSE_HEADERS = ['Content-Type', 'Cache-Control', 'Content-Disposition', 'Content-Language', 'Expires', 'Access-Control-Allow-Origin', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Headers', 'Access-Control-Max-Age', 'Access-Control-Expose-Headers'] as const;

interface FunctionArgs {
  readonly args: Readonly<Record<string, z.ZodString | z.ZodEnum>>;
  readonly required: readonly string[];
}

export const FUNCTION_ARGS: Readonly<Record<(typeof SETTABLE_FUNCTIONS)[number], FunctionArgs>> = {
  referer_white_list_set: { args: { refer_domain_allow_list: commaList(), allow_empty: onOff() }, required: ['refer_domain_allow_list'] },
  referer_black_list_set: { args: { refer_domain_deny_list: commaList(), allow_empty: onOff() }, required: ['refer_domain_deny_list'] },
  filetype_based_ttl_set: { args: { ttl: seconds(), file_type: commaList(), weight: wholeNumber(1, 199) }, required: ['ttl', 'file_type'] },
  path_based_ttl_set: { args: { ttl: seconds(), path: path(), weight: wholeNumber(1, 99) }, required: ['ttl', 'path'] },
  oss_auth: { args: { oss_bucket_id: text() }, required: ['oss_bucket_id'] },
  ip_black_list_set: { args: { ip_list: ipList() }, required: ['ip_list'] },
  ip_allow_list_set: { args: { ip_list: ipList() }, required: ['ip_list'] },
  ip_white_list_set: { args: { ip_list: ipList() }, required: ['ip_list'] },
  error_page: { args: { error_code: wholeNumber(400, 599), rewrite_page: text() }, required: ['error_code', 'rewrite_page'] },
  set_req_host_header: { args: { domain_name: text() }, required: ['domain_name'] },
  set_hashkey_args: { args: { hashkey_args: commaList(), disable: onOff() }, required: [] },
  aliauth: {
    args: { auth_type: z.enum(['no_auth', 'type_a', 'type_b', 'type_c']), auth_key1: text(), auth_key2: text(), ali_auth_delta: seconds(), ali_auth_remote_desc: text() },
    required: ['auth_type'],
  },
  set_resp_header: { args: { key: z.enum(RESPONSE_HEADERS), value: text().describe('Header value; null deletes the header.') }, required: ['key', 'value'] },
  https_force: { args: { enable: onOff() }, required: ['enable'] },
  http_force: { args: { enable: onOff() }, required: ['enable'] },
  l2_oss_key: { args: { private_oss_auth: onOff() }, required: ['private_oss_auth'] },
  green_manager: { args: { enable: onOff() }, required: ['enable'] },
  range: { args: { enable: z.enum(['on', 'off', 'force']) }, required: ['enable'] },
  video_seek: { args: { enable: onOff() }, required: ['enable'] },
  tmd_signature: {
    args: {
      name: text(),
      path: path(),
      pathType: z.enum(['0', '1']).describe('0 prefix, 1 exact match.'),
      interval: wholeNumber(10, 999_999_999).describe('Seconds, at least 10.'),
      count: wholeNumber(1, 999_999_999),
      action: z.enum(['0', '1']).describe('0 block, 1 human verification.'),
      ttl: seconds(),
    },
    required: ['name', 'path', 'pathType', 'interval', 'count', 'action', 'ttl'],
  },
  ali_business: { args: { ali_business_type: text(), ali_business_table: text() }, required: ['ali_business_type'] },
  hls_token_rewrite: { args: { enable: onOff(), hls_token_arg_name: text().describe('Default MtsHlsUriToken.') }, required: ['enable'] },
};

const named = (argName: string) => ({ properties: { argName: { const: argName } }, required: ['argName'] });

/** One function's `functionArgs`: its own argument names and value rules, each name once, the required ones given. */
export function functionArgsOf(functionName: keyof typeof FUNCTION_ARGS) {
  const { args, required } = FUNCTION_ARGS[functionName];
  const items = Object.entries(args).map(([argName, argValue]) => z.strictObject({ argName: z.literal(argName), argValue }));
  const item = items.length === 1 ? items[0]! : z.discriminatedUnion('argName', items as [(typeof items)[number], ...(typeof items)[number][]]);
  return z
    .array(item)
    .min(1)
    .max(Object.keys(args).length)
    .meta(required.length ? { allOf: required.map((argName) => ({ contains: named(argName) })) } : {})
    .refine((given) => new Set(given.map((arg) => arg.argName)).size === given.length, 'each argName at most once')
    .refine((given) => required.every((argName) => given.some((arg) => arg.argName === argName)), `${functionName} needs ${required.join(', ') || 'at least one argument'}`)
    .describe(`Arguments: ${Object.keys(args).join(', ')}${required.length ? `; required ${required.join(', ')}` : ''}.`);
}
