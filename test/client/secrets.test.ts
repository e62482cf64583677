import { describe, expect, it } from 'vitest';
import { maskSecrets, VodApiError } from '../../src/client/index.js';
import { Logger } from '../../src/log.js';

const TOKEN = `CAIS${'a1B2'.repeat(20)}`;

describe('maskSecrets: one masking for API messages and log lines', () => {
  it.each([
    ['a string to sign after its label', `The request signature does not conform to Aliyun standards. server string to sign is:POST&%2F&AccessKeyId%3Dk%26SecurityToken%3D${TOKEN}`, ['AccessKeyId%3Dk', TOKEN]],
    ['StringToSign: and canonical request:', `StringToSign: GET&%2F&x%3Dy / canonical request: POST /x-acs-security-token:${TOKEN}`, ['x%3Dy', TOKEN]],
    ['a bare RPC string to sign', `mismatch near POST&%2F&AccessKeyId%3Dabc%26Signature%3Dxyz here`, ['AccessKeyId%3Dabc', 'xyz']],
    ['STS tokens, long-term and STS AccessKey IDs', `token ${TOKEN}, key LTAI5tQ8xYz1234567890ab, sts key STS.NTx8abcdefghijk`, [TOKEN, 'LTAI5tQ8xYz1234567890ab', 'STS.NTx8abcdefghijk']],
    ['named values in query, JSON and header forms', `Signature=Zm9v; "AccessKeySecret":"s3cr3t-value" x-acs-security-token: tok123 (AccessKeyId=abc)`, ['Zm9v', 's3cr3t-value', 'tok123', 'abc)']],
    ['URL-encoded values', `Signature%3DZm9vYmFy%26Action%3DX`, ['Zm9vYmFy']],
    ['an Authorization header', `Authorization: acs LTAIkey12345678:c2lnbmF0dXJl`, ['c2lnbmF0dXJl', 'LTAIkey12345678']],
  ])('masks %s', (_what, text, secrets) => {
    const masked = maskSecrets(text);
    for (const secret of secrets) expect(masked).not.toContain(secret);
    expect(masked).toContain('***');
  });

  it('leaves ordinary messages alone', () => {
    for (const text of [
      'Specified signature is not matched with our calculation.',
      'The specified VideoId abc is not found.',
      'SignatureNonce used; SignatureMethod HMAC-SHA1; IncompleteSignature',
      'The service computed the same string to sign as this client, so the AccessKey secret is wrong for this AccessKey ID.',
    ]) {
      expect(maskSecrets(text)).toBe(text);
    }
  });

  it('masks known credential values wherever they appear (only values long enough to be credentials)', () => {
    expect(maskSecrets('key my-access-key-id-123 secret zz', ['my-access-key-id-123', 'zz'])).toBe('key *** secret zz');
  });

  it('every VodApiError message is masked, whatever its code', () => {
    const error = new VodApiError({ code: 'AnythingNew', message: `Echo: SecurityToken=${TOKEN}`, action: 'GetVideoInfo' });
    expect(error.message).not.toContain(TOKEN);
  });

  it('every log line is masked, fields included', () => {
    const lines: string[] = [];
    const logger = new Logger('debug', (line) => lines.push(line));
    logger.info('request failed', { message: `server string to sign is:POST&%2F&x`, token: TOKEN });
    expect(lines[0]).not.toContain(TOKEN);
    expect(lines[0]).not.toContain('POST&%2F&x');
  });
});
