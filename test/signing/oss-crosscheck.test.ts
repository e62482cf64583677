import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ossAuthorization } from '../../src/signing/oss-signature.js';

// Our OSS V1 client signature against ali-oss's own signer (lib/common/signUtils), for the requests an upload sends.
const require = createRequire(import.meta.url);
const signUtils = require('ali-oss/lib/common/signUtils.js') as {
  buildCanonicalString(method: string, resourcePath: string, request: { headers: Record<string, string>; parameters?: Record<string, string> }): string;
  authorization(accessKeyId: string, accessKeySecret: string, canonicalString: string): string;
};

const CREDENTIALS = { accessKeyId: 'STS.NUdPxKkd1n8kz5qAj6yV', accessKeySecret: 'H8oVZ5u7kCq9Yq3mKqQe2sHcG1b' };
const DATE = 'Thu, 03 Dec 2026 09:05:00 GMT';

const cases: { name: string; method: string; key: string; parameters: Record<string, string>; headers: Record<string, string> }[] = [
  { name: 'PutObject', method: 'PUT', key: 'sv/1a2b/clip.mp4', parameters: {}, headers: { 'content-type': 'application/octet-stream' } },
  { name: 'InitiateMultipartUpload', method: 'POST', key: 'sv/1a2b/长 片 (1).mov', parameters: { uploads: '' }, headers: { 'content-type': 'application/octet-stream' } },
  { name: 'UploadPart', method: 'PUT', key: 'sv/1a2b/clip.mp4', parameters: { partNumber: '7', uploadId: '0004B9894A22E5B1888A1E29F823****' }, headers: {} },
  { name: 'CompleteMultipartUpload', method: 'POST', key: 'sv/1a2b/clip.mp4', parameters: { uploadId: 'ABC' }, headers: { 'content-type': 'application/xml', 'content-md5': '1B2M2Y8AsgTpgAmY7PhCfg==' } },
  { name: 'ListParts', method: 'GET', key: 'image/default/X.png', parameters: { uploadId: 'ABC', 'part-number-marker': '3' }, headers: {} },
];

describe('OSS V1 signature: ours matches ali-oss', () => {
  for (const { name, method, key, parameters, headers } of cases) {
    it(name, () => {
      const signed = { ...headers, 'x-oss-security-token': 'CAIS+token/with=specials', 'x-oss-date': DATE };
      const theirs = signUtils.authorization(
        CREDENTIALS.accessKeyId,
        CREDENTIALS.accessKeySecret,
        signUtils.buildCanonicalString(method, `/outin-bucket/${key}`, { headers: signed, parameters: Object.fromEntries(Object.entries(parameters).filter(([k]) => k !== 'part-number-marker')) }),
      );
      const ours = ossAuthorization({ method, bucket: 'outin-bucket', key, query: new URLSearchParams(parameters), headers: signed, date: DATE, ...CREDENTIALS });
      expect(ours).toBe(theirs);
    });
  }
});
