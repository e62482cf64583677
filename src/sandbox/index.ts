export { startSandbox, type Sandbox, type SandboxOptions, type RecordedRequest } from './sandbox-server.js';
export { DEFAULT_SANDBOX_CREDENTIALS, type SandboxCredential } from './gateway.js';
export type { FaultSpec, FaultKind } from './faults.js';
