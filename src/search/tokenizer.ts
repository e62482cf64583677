import { matchSyntaxError, type Result } from './errors.js';

export type TokenKind =
  | 'ident'
  | 'string'
  | 'number'
  | 'and'
  | 'or'
  | 'in'
  | '='
  | '('
  | ')'
  | '['
  | ']'
  | ','
  | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** Identifier name, unescaped string content, or numeric source text. */
  readonly text: string;
  readonly position: number;
}

const PUNCTUATION = new Set(['=', '(', ')', '[', ']', ',']);
const KEYWORDS: Record<string, TokenKind> = { and: 'and', or: 'or', in: 'in' };

// The spec insists on half-width symbols; full-width ones are a common copy-paste mistake from its own tables.
const FULL_WIDTH: Record<string, string> = {
  '（': '(',
  '）': ')',
  '＝': '=',
  '，': ',',
  '‘': "'",
  '’': "'",
  '【': '[',
  '】': ']',
  '［': '[',
  '］': ']',
};

export function tokenize(text: string): Result<Token[]> {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (PUNCTUATION.has(c)) {
      tokens.push({ kind: c as TokenKind, text: c, position: start });
      i++;
    } else if (c === "'") {
      const read = readString(text, i);
      if (!read.ok) return read;
      tokens.push({ kind: 'string', text: read.value.content, position: start });
      i = read.value.end;
    } else if (/[0-9-]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(text.slice(i));
      if (!m) return fail(c, `Unexpected character "${c}"`, start);
      tokens.push({ kind: 'number', text: m[0], position: start });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i)) as RegExpExecArray;
      const word = m[0];
      tokens.push({ kind: KEYWORDS[word.toLowerCase()] ?? 'ident', text: word, position: start });
      i += word.length;
    } else {
      const halfWidth = FULL_WIDTH[c];
      if (halfWidth) return fail(c, `Full-width "${c}" is not allowed; use half-width "${halfWidth}"`, start);
      if (c === '"' || c === '“' || c === '”') return fail(c, 'String values must be enclosed in single quotes', start);
      return fail(c, `Unexpected character "${c}"`, start);
    }
  }
  tokens.push({ kind: 'eof', text: '', position: text.length });
  return { ok: true, value: tokens };
}

/** Single-quoted string; backslash escapes the next character (the spec defines no escape, see report). */
function readString(text: string, open: number): Result<{ content: string; end: number }> {
  let content = '';
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length) {
      content += text[i + 1];
      i++;
    } else if (c === "'") {
      return { ok: true, value: { content, end: i + 1 } };
    } else {
      content += c;
    }
  }
  return fail("'", `Unterminated string starting at position ${open}`, open);
}

function fail(subject: string, detail: string, position: number): { ok: false; error: ReturnType<typeof matchSyntaxError> } {
  return { ok: false, error: matchSyntaxError(subject, detail, position) };
}
