import type { ComparisonNode, MatchNode, MatchValue, RangeBound, RangeNode } from './ast.js';
import { matchSyntaxError, type SearchError } from './errors.js';
import {
  getField,
  isQueryable,
  MAX_VIDEO_ID_IN_VALUES,
  suggestField,
  type FieldCapabilities,
  type SearchType,
} from './fields.js';
import { tokenize, type Token, type TokenKind } from './tokenizer.js';
import { parseUtcTime } from './values.js';

export type ParseMatchResult = { ok: true; ast: MatchNode | null } | { ok: false; error: SearchError };

/** Thrown inside the parser only; converted to a result at the boundary. */
class ParseFailure extends Error {
  constructor(readonly error: SearchError) {
    super(error.detail);
  }
}

/**
 * Parses a SearchMedia `Match` expression and checks every condition against the field table of `searchType`.
 * An empty or blank Match is valid and yields `ast: null` (no filter).
 *
 * Grammar (`and` binds tighter than `or`; the spec requires `or` conditions to sit inside parentheses):
 *   expr       := and ('or' and)*
 *   and        := primary ('and' primary)*
 *   primary    := '(' expr ')' | comparison
 *   comparison := Field '=' value | Field '=' range | Field 'in' '(' value (',' value)* ')'
 *   range      := ('(' | '[') value ',' value (')' | ']')
 */
export function parseMatch(text: string | undefined, searchType: SearchType = 'video'): ParseMatchResult {
  if (text === undefined || text.trim() === '') return { ok: true, ast: null };
  const tokens = tokenize(text);
  if (!tokens.ok) return tokens;
  try {
    return { ok: true, ast: new Parser(tokens.value, searchType).parseAll() };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    throw e;
  }
}

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly searchType: SearchType,
  ) {}

  parseAll(): MatchNode {
    const node = this.parseExpr(false);
    const t = this.peek();
    if (t.kind === ')') this.fail(')', 'Unexpected ")" without a matching "("', t);
    if (t.kind !== 'eof') this.fail(t.text, `Unexpected ${describe(t)}; expected "and", "or" or end of input`, t);
    return node;
  }

  private parseExpr(inGroup: boolean): MatchNode {
    const children = [this.parseAnd()];
    while (this.peek().kind === 'or') {
      const or = this.next();
      if (!inGroup) {
        this.fail('or', '"or" conditions must be enclosed in parentheses, e.g. (A = \'x\' or B = \'y\')', or);
      }
      children.push(this.parseAnd());
    }
    return combine('or', children);
  }

  private parseAnd(): MatchNode {
    const children = [this.parsePrimary()];
    while (this.peek().kind === 'and') {
      this.next();
      children.push(this.parsePrimary());
    }
    return combine('and', children);
  }

  private parsePrimary(): MatchNode {
    const t = this.peek();
    if (t.kind === '(') {
      this.next();
      const node = this.parseExpr(true);
      const close = this.peek();
      if (close.kind !== ')') {
        this.fail('(', `Missing ")" to close "(" at position ${t.position}; found ${describe(close)}`, close);
      }
      this.next();
      return node;
    }
    if (t.kind === 'ident') return this.parseComparison();
    if (t.kind === ')') this.fail(')', 'Unexpected ")": empty parentheses or a missing condition', t);
    return this.fail(t.text, `Expected a field name but found ${describe(t)}`, t);
  }

  private parseComparison(): ComparisonNode {
    const nameToken = this.next();
    const f = this.lookupField(nameToken);
    const op = this.next();
    if (op.kind === 'in') return this.parseIn(f, op);
    if (op.kind !== '=') this.fail(f.name, `Expected "=" or "in" after field "${f.name}" but found ${describe(op)}`, op);

    const open = this.peek();
    if (open.kind === '(' || open.kind === '[') {
      if (!f.range) this.fail(f.name, `Field "${f.name}" does not support range query`, open);
      return this.parseRange(f);
    }
    if (f.fuzzy) return { type: 'fuzzy', field: f.name, value: String(this.parseValue(f)) };
    if (f.exact) return { type: 'exact', field: f.name, value: this.parseValue(f) };
    const hint = f.range
      ? `use a range such as ${f.name} = [a,b]`
      : `use ${f.name} in (${f.type === 'string' ? "'value'" : 'value'})`;
    return this.fail(f.name, `Field "${f.name}" does not support exact match; ${hint}`, op);
  }

  private parseIn(f: FieldCapabilities, op: Token): ComparisonNode {
    if (!f.multi) this.fail(f.name, `Field "${f.name}" does not support multi-value (in) query`, op);
    this.expect('(', f.name, `Expected "(" after "${f.name} in"`);
    const values: MatchValue[] = [];
    if (this.peek().kind === ')') this.fail(f.name, `Empty value list in "${f.name} in ()"`, this.peek());
    for (;;) {
      values.push(this.parseValue(f));
      const t = this.next();
      if (t.kind === ')') break;
      if (t.kind !== ',') this.fail(f.name, `Expected "," or ")" in the value list of "${f.name} in" but found ${describe(t)}`, t);
    }
    if (f.name === 'VideoId' && values.length > MAX_VIDEO_ID_IN_VALUES) {
      this.fail(f.name, `"VideoId in" accepts at most ${MAX_VIDEO_ID_IN_VALUES} values, got ${values.length}`, op);
    }
    return { type: 'in', field: f.name, values, fuzzy: f.fuzzy };
  }

  private parseRange(f: FieldCapabilities): RangeNode {
    const open = this.next();
    const lowerValue = this.parseValue(f);
    this.expect(',', f.name, `Expected "," between the bounds of the range on "${f.name}"`);
    const upperValue = this.parseValue(f);
    const close = this.next();
    if (close.kind !== ')' && close.kind !== ']') {
      this.fail(f.name, `Expected ")" or "]" to close the range on "${f.name}" but found ${describe(close)}`, close);
    }
    const lower: RangeBound = { value: lowerValue, inclusive: open.kind === '[' };
    const upper: RangeBound = { value: upperValue, inclusive: close.kind === ']' };
    if (rangeKey(f, lowerValue) > rangeKey(f, upperValue)) {
      this.fail(f.name, `Range on "${f.name}" has its lower bound greater than its upper bound`, open);
    }
    return { type: 'range', field: f.name, lower, upper };
  }

  private parseValue(f: FieldCapabilities): MatchValue {
    const t = this.next();
    switch (f.type) {
      case 'long':
      case 'float': {
        const n = t.kind === 'number' || t.kind === 'string' ? Number(t.text) : NaN;
        const valid = t.text.trim() !== '' && Number.isFinite(n) && (f.type === 'float' || Number.isInteger(n));
        if (!valid) {
          const kind = f.type === 'long' ? 'an integer' : 'a number';
          this.fail(f.name, `Field "${f.name}" expects ${kind} value but found ${describe(t)}`, t);
        }
        return n;
      }
      case 'time':
        if (t.kind !== 'string' || parseUtcTime(t.text) === undefined) {
          this.fail(
            f.name,
            `Field "${f.name}" expects a UTC time in single quotes, 'yyyy-MM-ddTHH:mm:ssZ', but found ${describe(t)}`,
            t,
          );
        }
        return t.text;
      default:
        if (t.kind !== 'string') {
          this.fail(f.name, `Field "${f.name}" expects a single-quoted string value but found ${describe(t)}`, t);
        }
        return t.text;
    }
  }

  private lookupField(t: Token): FieldCapabilities {
    const f = getField(this.searchType, t.text);
    if (!f) {
      const suggestion = suggestField(this.searchType, t.text);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
      return this.fail(t.text, `Unknown field "${t.text}" for SearchType ${this.searchType}${hint}`, t);
    }
    if (!isQueryable(f)) {
      this.fail(f.name, `Field "${f.name}" cannot be used in Match for SearchType ${this.searchType} (return field only)`, t);
    }
    return f;
  }

  private expect(kind: TokenKind, subject: string, detail: string): Token {
    const t = this.next();
    if (t.kind !== kind) this.fail(subject, `${detail} but found ${describe(t)}`, t);
    return t;
  }

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.index++;
    return t;
  }

  private fail(subject: string, detail: string, at: Token): never {
    throw new ParseFailure(matchSyntaxError(subject || 'eof', detail, at.position));
  }
}

function combine(type: 'and' | 'or', children: MatchNode[]): MatchNode {
  if (children.length === 1) return children[0] as MatchNode;
  // Flatten same-operator nesting so `(a and b) and c` and `a and b and c` give the same tree.
  const flat = children.flatMap((c) => (c.type === type ? c.children : [c]));
  return { type, children: flat };
}

function rangeKey(f: FieldCapabilities, value: MatchValue): number {
  return f.type === 'time' ? (parseUtcTime(String(value)) ?? 0) : Number(value);
}

function describe(t: Token): string {
  switch (t.kind) {
    case 'eof':
      return 'end of input';
    case 'string':
      return `'${t.text}'`;
    case 'number':
      return `number ${t.text}`;
    default:
      return `"${t.text}"`;
  }
}
