/** An error the sandbox answers with, as the real service would: Code, Message, HTTP status. */
export class SandboxError extends Error {
  override readonly name = 'SandboxError';
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus: number = 400,
  ) {
    super(message);
  }
}

export const missingParameter = (name: string) =>
  new SandboxError('MissingParameter', `The input parameter "${name}" that is mandatory for processing this request is not supplied.`, 400);

export const invalidParameter = (name: string, detail?: string) =>
  new SandboxError('InvalidParameter', `The specified parameter "${name}" is not valid.${detail ? ` ${detail}` : ''}`, 400);
