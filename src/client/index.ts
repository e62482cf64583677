export { VodClient, type VodApi, type ApiParams, type ApiResponse, type CallOptions, type VodClientOptions } from './vod-client.js';
export { VodApiError, nextStepFor, isAuthError, isThrottling, answerLost, type NextStepContext } from './errors.js';
export { maskSecrets } from './secrets.js';
export { RateLimiter } from './rate-limiter.js';
export { DEFAULT_RETRY_POLICY, shouldRetry, backoffDelay, type RetryPolicy } from './retry-policy.js';
export { staticCredentials, missingCredentials, fromEnvironment, type CredentialProvider } from './credentials.js';
export { resolveCredentialChain, type ChainOptions } from './credentials/chain.js';
export { QPS_PER_ACCOUNT } from './qps-table.js';
export { idListOf, listOf, str } from './response-shapes.js';
