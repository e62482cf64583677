import { describe, expect, it } from 'vitest';
import { canonicalQuery, computeSignature, percentEncode, signRequest, stringToSign } from '../../src/signing/index.js';

// Spec section 4.4, worked example (GetVideoPlayAuth with testAccessKeyId / testAccessKeySecret).
const specParams = {
  Timestamp: '2017-10-10T12:02:54Z',
  Format: 'JSON',
  AccessKeyId: 'testAccessKeyId',
  Action: 'GetVideoPlayAuth',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '8f8a035d-6496-4268-afd4-67c22837e38d',
  Version: '2017-03-21',
  SignatureVersion: '1.0',
  VideoId: '5aed81b74ba84920be578cdfe004af4b',
};
const specStringToSign =
  'GET&%2F&AccessKeyId%3DtestAccessKeyId%26Action%3DGetVideoPlayAuth%26Format%3DJSON%26Sig' +
  'natureMethod%3DHMAC-SHA1%26SignatureNonce%3D8f8a035d-6496-4268-afd4-67c22837e38d%26Sign' +
  'atureVersion%3D1.0%26Timestamp%3D2017-10-10T12%253A02%253A54Z%26Version%3D2017-03-21%26' +
  'VideoId%3D5aed81b74ba84920be578cdfe004af4b';

describe('RPC signature (spec 4.4)', () => {
  it('reproduces the worked example StringToSign byte for byte', () => {
    expect(stringToSign('GET', specParams)).toBe(specStringToSign);
  });

  it('reproduces the worked example signature', () => {
    expect(computeSignature('GET', specParams, 'testAccessKeySecret')).toBe('Ibgh7y8Vp47LBuAsf5Xhi1SvDss=');
    expect(percentEncode(computeSignature('GET', specParams, 'testAccessKeySecret'))).toBe('Ibgh7y8Vp47LBuAsf5Xhi1SvDss%3D');
  });

  it('excludes Signature from the canonical query', () => {
    expect(canonicalQuery({ ...specParams, Signature: 'x' })).toBe(canonicalQuery(specParams));
  });

  it('sorts by parameter name in code-unit order (uppercase before lowercase)', () => {
    expect(canonicalQuery({ b: '1', B: '2', a: '3', A: '4' })).toBe('A=4&B=2&a=3&b=1');
  });

  it('the method is part of what is signed', () => {
    expect(computeSignature('POST', specParams, 's')).not.toBe(computeSignature('GET', specParams, 's'));
  });
});

describe('percentEncode (RFC 3986)', () => {
  it.each([
    ['abcXYZ019-_.~', 'abcXYZ019-_.~'],
    [' ', '%20'],
    ['*', '%2A'],
    ['~', '~'],
    ['+', '%2B'],
    ['/', '%2F'],
    ["!'()", '%21%27%28%29'],
    ['=&', '%3D%26'],
    ["it's (a)*b!", 'it%27s%20%28a%29%2Ab%21'],
    ['2026-12-04T04:30:00Z', '2026-12-04T04%3A30%3A00Z'],
    ['', ''],
    ['阿里云', '%E9%98%BF%E9%87%8C%E4%BA%91'],
    ['😀', '%F0%9F%98%80'],
  ])('encodes %j as %j', (input, expected) => {
    expect(percentEncode(input)).toBe(expected);
  });
});

describe('signRequest', () => {
  const credentials = { accessKeyId: 'testAccessKeyId', accessKeySecret: 'testAccessKeySecret' };

  it('adds the common parameters and a signature that verifies', () => {
    const signed = signRequest({
      method: 'POST',
      action: 'GetVideoInfo',
      params: { VideoId: 'v1', Title: '中文 标题*~' },
      credentials,
      now: new Date('2024-01-02T03:04:05.678Z'),
      nonce: 'n-1',
    });
    expect(signed).toMatchObject({
      Action: 'GetVideoInfo',
      Format: 'JSON',
      Version: '2017-03-21',
      AccessKeyId: 'testAccessKeyId',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      SignatureNonce: 'n-1',
      Timestamp: '2024-01-02T03:04:05Z',
    });
    expect(signed.SecurityToken).toBeUndefined();
    expect(signed.Signature).toBe(computeSignature('POST', signed, 'testAccessKeySecret'));
  });

  it('includes SecurityToken when present and signs it', () => {
    const signed = signRequest({
      method: 'GET',
      action: 'GetCategories',
      params: {},
      credentials: { ...credentials, securityToken: 'sts-token' },
      now: new Date(0),
      nonce: 'n-2',
    });
    expect(signed.SecurityToken).toBe('sts-token');
    const withoutToken = { ...signed };
    delete withoutToken.SecurityToken;
    expect(computeSignature('GET', withoutToken, 'testAccessKeySecret')).not.toBe(signed.Signature);
  });

  it('signs empty values', () => {
    const signed = signRequest({ method: 'GET', action: 'X', params: { Empty: '' }, credentials, now: new Date(0), nonce: 'n' });
    expect(canonicalQuery(signed)).toContain('Empty=&');
  });
});
