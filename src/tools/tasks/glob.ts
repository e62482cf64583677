/**
 * A file-name glob (no path separators): `*` any run of characters, `?` one character, `[abc]` / `[a-z]` / `[!abc]`
 * a set, `{mp4,mov}` alternatives (may nest). Case-insensitive, like the extension checks. Node 20 has no
 * path.matchesGlob, and one small matcher is less than a dependency.
 */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let depth = 0;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = pattern.indexOf(']', index + 2);
      if (end === -1) throw new GlobError(`unclosed [ in ${pattern}`);
      let body = pattern.slice(index + 1, end);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      source += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      index = end;
    } else if (char === '{') {
      depth++;
      source += '(?:';
    } else if (char === '}' && depth > 0) {
      depth--;
      source += ')';
    } else if (char === ',' && depth > 0) source += '|';
    else if (char === '\\' && index + 1 < pattern.length) source += escape(pattern[++index]!);
    else source += escape(char);
  }
  if (depth > 0) throw new GlobError(`unclosed { in ${pattern}`);
  return new RegExp(`^${source}$`, 'iu');
}

export class GlobError extends Error {
  override readonly name = 'GlobError';
}

const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** The pattern's syntax error, or undefined when it is a valid glob. */
export function globProblem(pattern: string): string | undefined {
  try {
    globToRegExp(pattern);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
