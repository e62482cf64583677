import type { AnyTool } from '../define-tool.js';
import { decryptKmsDataKey } from './decrypt-kms-data-key.js';
import { generateDownloadSecretKey } from './generate-download-secret-key.js';
import { generateKmsDataKey } from './generate-kms-data-key.js';

export const encryptionTools: AnyTool[] = [generateKmsDataKey, decryptKmsDataKey, generateDownloadSecretKey];
