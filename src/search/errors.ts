/**
 * Errors in the shape the VOD service returns them (`code` + `message`, HTTP 400), plus a precise `detail`
 * for humans and agents. `message` is what the sandbox should put on the wire.
 */

export type SearchParameter = 'Match' | 'SortBy' | 'Fields' | 'SearchType' | 'PageNo' | 'PageSize' | 'ScrollToken';

export interface SearchError {
  /** `ErrorMatchSyntax`, `SortByExceededMax`, `InvalidScrollToken.Expired` (SearchMedia's own codes) or `InvalidParameter`. */
  readonly code: string;
  /** Service-style message. */
  readonly message: string;
  /** Precise explanation, e.g. `Field "Title" does not support range query`. */
  readonly detail: string;
  readonly parameter: SearchParameter;
  readonly httpStatus: number;
  /** 0-based character offset into the offending parameter's text, when known. */
  readonly position?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: SearchError };

/** ErrorMatchSyntax: "The parameter Match.%s has an error syntax, please check it ." (spec text, spacing kept). */
export function matchSyntaxError(subject: string, detail: string, position: number): SearchError {
  return {
    code: 'ErrorMatchSyntax',
    message: `The parameter Match.${subject} has an error syntax, please check it .`,
    detail,
    parameter: 'Match',
    httpStatus: 400,
    position,
  };
}

export function invalidParameter(parameter: SearchParameter, detail: string, position?: number): SearchError {
  return {
    code: 'InvalidParameter',
    message: `The specified parameter "${parameter}" is not valid.`,
    detail,
    parameter,
    httpStatus: 400,
    ...(position === undefined ? {} : { position }),
  };
}

export function sortByExceededMax(detail: string): SearchError {
  return {
    code: 'SortByExceededMax',
    message: 'The SortBy parameter only supports one sort field when traversing all data.',
    detail,
    parameter: 'SortBy',
    httpStatus: 400,
  };
}

export function scrollTokenExpired(detail: string): SearchError {
  return {
    code: 'InvalidScrollToken.Expired',
    message: 'The ScrollToken is expired，please refresh it.',
    detail,
    parameter: 'ScrollToken',
    httpStatus: 400,
  };
}
