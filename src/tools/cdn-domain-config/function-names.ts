/** Functions BatchSetVodDomainConfigs accepts (spec 13.4.1 function table). */
export const SETTABLE_FUNCTIONS = [
  'referer_white_list_set',
  'referer_black_list_set',
  'filetype_based_ttl_set',
  'path_based_ttl_set',
  'oss_auth',
  'ip_black_list_set',
  'ip_allow_list_set',
  'ip_white_list_set',
  'error_page',
  'set_req_host_header',
  'set_hashkey_args',
  'aliauth',
  'set_resp_header',
  'https_force',
  'http_force',
  'l2_oss_key',
  'green_manager',
  'range',
  'video_seek',
  'tmd_signature',
  'ali_business',
  'hls_token_rewrite',
] as const;

/** Functions DescribeVodDomainConfigs reads (spec 13.4.2), plus every settable one. */
export const DESCRIBABLE_FUNCTIONS = [...SETTABLE_FUNCTIONS, 'cc_defense', 'tesla', 'gzip', 'alivod', 'forward_scheme'] as const;
