export { VodClient, type VodApi, type ApiParams, type ApiResponse, type CallOptions, type VodClientOptions } from './vod-client.js';
export { VodApiError, nextStepFor, isAuthError, isThrottling } from './errors.js';
export { RateLimiter } from './rate-limiter.js';
export { DEFAULT_RETRY_POLICY, shouldRetry, backoffDelay, type RetryPolicy } from './retry-policy.js';
export { staticCredentials, missingCredentials, fromEnvironment, fromAliyunProfile, type CredentialProvider } from './credentials.js';
export { QPS_PER_ACCOUNT } from './qps-table.js';
export { idListOf, listOf, str } from './response-shapes.js';
