import type { ActionModule } from '../../action-context.js';
import { decryptKmsDataKey } from './decrypt-kms-data-key.js';
import { generateDownloadSecretKey } from './generate-download-secret-key.js';
import { generateKmsDataKey } from './generate-kms-data-key.js';

/** KMS data keys for HLS standard encryption and secure-download keys (issue 13). State: the `encryption` slice. */
export const encryptionActions: ActionModule = {
  handlers: {
    GenerateKMSDataKey: generateKmsDataKey,
    DecryptKMSDataKey: decryptKmsDataKey,
    GenerateDownloadSecretKey: generateDownloadSecretKey,
  },
};
