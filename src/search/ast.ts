/**
 * Typed AST of a `Match` expression. Operator kinds are resolved against the field table at parse time:
 * `Title = 'x'` becomes `fuzzy` (Title only supports fuzzy), `VideoId = 'x'` becomes `exact`.
 * Values are already typed: numbers for long/float fields, strings otherwise (time values stay in
 * their `yyyy-MM-ddTHH:mm:ssZ` text form).
 */

export type MatchValue = string | number;

export interface ExactNode {
  readonly type: 'exact';
  readonly field: string;
  readonly value: MatchValue;
}

/** "Contains" match; written `field = 'value'` on a fuzzy field. */
export interface FuzzyNode {
  readonly type: 'fuzzy';
  readonly field: string;
  readonly value: string;
}

/** `field in (...)`; on fuzzy fields each value is a "contains" match, otherwise an exact one. */
export interface InNode {
  readonly type: 'in';
  readonly field: string;
  readonly values: readonly MatchValue[];
  readonly fuzzy: boolean;
}

export interface RangeBound {
  readonly value: MatchValue;
  /** `[`/`]` = inclusive, `(`/`)` = exclusive. */
  readonly inclusive: boolean;
}

export interface RangeNode {
  readonly type: 'range';
  readonly field: string;
  readonly lower: RangeBound;
  readonly upper: RangeBound;
}

export interface AndNode {
  readonly type: 'and';
  readonly children: readonly MatchNode[];
}

export interface OrNode {
  readonly type: 'or';
  readonly children: readonly MatchNode[];
}

export type ComparisonNode = ExactNode | FuzzyNode | InNode | RangeNode;
export type MatchNode = ComparisonNode | AndNode | OrNode;
