import { isIpv4 } from './domain-names.js';

type ArgCheck = (value: string) => boolean;

export interface FunctionRule {
  readonly args: Readonly<Record<string, ArgCheck>>;
  readonly required: readonly string[];
  /** Several records may coexist (one per file type, path...); others replace the previous record. */
  readonly multi?: boolean;
}

const nonEmpty: ArgCheck = (value) => value.length > 0;
const onOff: ArgCheck = (value) => value === 'on' || value === 'off';
const positiveInt: ArgCheck = (value) => /^\d+$/.test(value) && Number(value) > 0;
const intIn = (min: number, max: number): ArgCheck => (value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max;
const oneOf = (...allowed: string[]): ArgCheck => (value) => allowed.includes(value);
const ipList: ArgCheck = (value) => value.split(',').every((item) => {
  const [ip, mask] = item.trim().split('/');
  return ip !== undefined && isIpv4(ip) && (mask === undefined || intIn(0, 32)(mask));
});
const path: ArgCheck = (value) => value.startsWith('/');
const RESPONSE_HEADERS = ['Content-Type', 'Cache-Control', 'Content-Disposition', 'Content-Language', 'Expires', 'Access-Control-Allow-Origin', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Headers', 'Access-Control-Max-Age', 'Access-Control-Expose-Headers'];

/** Functions BatchSetVodDomainConfigs accepts, with their arguments (spec 13.4.1, function table). */
export const SETTABLE_FUNCTIONS: Readonly<Record<string, FunctionRule>> = {
  referer_white_list_set: { args: { refer_domain_allow_list: nonEmpty, allow_empty: onOff }, required: ['refer_domain_allow_list'] },
  referer_black_list_set: { args: { refer_domain_deny_list: nonEmpty, allow_empty: onOff }, required: ['refer_domain_deny_list'] },
  filetype_based_ttl_set: { args: { ttl: positiveInt, file_type: nonEmpty, weight: intIn(1, 199) }, required: ['ttl', 'file_type'], multi: true },
  path_based_ttl_set: { args: { ttl: positiveInt, path, weight: intIn(1, 99) }, required: ['ttl', 'path'], multi: true },
  oss_auth: { args: { oss_bucket_id: nonEmpty }, required: ['oss_bucket_id'] },
  ip_black_list_set: { args: { ip_list: ipList }, required: ['ip_list'] },
  ip_allow_list_set: { args: { ip_list: ipList }, required: ['ip_list'] },
  ip_white_list_set: { args: { ip_list: ipList }, required: ['ip_list'] },
  error_page: { args: { error_code: intIn(400, 599), rewrite_page: nonEmpty }, required: ['error_code', 'rewrite_page'], multi: true },
  set_req_host_header: { args: { domain_name: nonEmpty }, required: ['domain_name'] },
  set_hashkey_args: { args: { hashkey_args: nonEmpty, disable: onOff }, required: [] },
  aliauth: { args: { auth_type: oneOf('no_auth', 'type_a', 'type_b', 'type_c'), auth_key1: nonEmpty, auth_key2: nonEmpty, ali_auth_delta: positiveInt, ali_auth_remote_desc: nonEmpty }, required: ['auth_type'] },
  set_resp_header: { args: { key: oneOf(...RESPONSE_HEADERS), value: nonEmpty }, required: ['key', 'value'], multi: true },
  https_force: { args: { enable: onOff }, required: ['enable'] },
  http_force: { args: { enable: onOff }, required: ['enable'] },
  l2_oss_key: { args: { private_oss_auth: onOff }, required: ['private_oss_auth'] },
  green_manager: { args: { enable: onOff }, required: ['enable'] },
  range: { args: { enable: oneOf('on', 'off', 'force') }, required: ['enable'] },
  video_seek: { args: { enable: onOff }, required: ['enable'] },
  tmd_signature: {
    args: { name: nonEmpty, path, pathType: oneOf('0', '1'), interval: (value) => /^\d+$/.test(value) && Number(value) >= 10, count: positiveInt, action: oneOf('0', '1'), ttl: positiveInt },
    required: ['name', 'path', 'pathType', 'interval', 'count', 'action', 'ttl'],
    multi: true,
  },
  ali_business: { args: { ali_business_type: nonEmpty, ali_business_table: nonEmpty }, required: ['ali_business_type'] },
  hls_token_rewrite: { args: { enable: onOff, hls_token_arg_name: nonEmpty }, required: ['enable'] },
};

/** Names DescribeVodDomainConfigs accepts (spec 13.4.2), plus every settable one. */
export const DESCRIBABLE_FUNCTIONS: ReadonlySet<string> = new Set([
  ...Object.keys(SETTABLE_FUNCTIONS),
  'cc_defense',
  'tesla',
  'gzip',
  'alivod',
  'forward_scheme',
]);
