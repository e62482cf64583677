import { readFile } from 'node:fs/promises';
import type { CredentialHooks } from './refreshing.js';

/** The OIDC token file is rotated by the cluster (ACK RRSA), so it is read again for every exchange. */
export async function readOidcToken(path: string, hooks: CredentialHooks): Promise<string> {
  let token: string;
  try {
    token = (await readFile(path, 'utf8')).trim();
  } catch (error) {
    throw new Error(`cannot read the OIDC token file ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
  if (!token) throw new Error(`the OIDC token file ${path} is empty`);
  hooks.onSecret?.(token);
  return token;
}
