import { VodApiError } from '../../client/index.js';

/** The API's answer that the ID names nothing (InvalidVideo.NotFound, NoSuchResource, InvalidJobId.NotFound...). */
export function isNotFound(error: unknown): error is VodApiError {
  return error instanceof VodApiError && /NotFound|NoSuchResource|NotExist/i.test(error.code);
}

/** The value of `call`, or undefined when the API says the ID names nothing; other errors propagate. */
export async function unlessNotFound<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}
