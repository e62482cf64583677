import { endpointUrl, httpText, jsonObject, readWireCredentials, type WireCredentials } from './http.js';

const URI_TIMEOUT_MS = 15_000;

/** ALIBABA_CLOUD_CREDENTIALS_URI: a GET answering `{AccessKeyId, AccessKeySecret, SecurityToken, Expiration}`. */
export async function fetchUriCredentials(uri: string): Promise<WireCredentials> {
  const url = endpointUrl(uri, 'ALIBABA_CLOUD_CREDENTIALS_URI', true);
  const answer = await httpText(url, { method: 'GET', timeoutMs: URI_TIMEOUT_MS });
  if (answer.status !== 200) throw new Error(`the credentials URI answered HTTP ${answer.status}`);
  const body = jsonObject(answer, 'the credentials URI');
  if (body.Code !== undefined && body.Code !== 'Success') throw new Error(`the credentials URI answered Code ${String(body.Code)}`);
  return readWireCredentials(body, 'the credentials URI');
}
