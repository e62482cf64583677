import type { MatchNode, MatchValue, RangeBound } from './ast.js';
import { quoteString } from './values.js';

/**
 * Serialises an AST back to Match text that `parseMatch` reads into the same tree.
 * `or` groups are always parenthesised (the spec requires it); `and` needs none since it binds tighter.
 */
export function formatMatch(node: MatchNode): string {
  switch (node.type) {
    case 'and':
      return node.children.map(formatMatch).join(' and ');
    case 'or':
      return `(${node.children.map(formatMatch).join(' or ')})`;
    case 'exact':
    case 'fuzzy':
      return `${node.field} = ${formatValue(node.value)}`;
    case 'in':
      return `${node.field} in (${node.values.map(formatValue).join(',')})`;
    case 'range':
      return `${node.field} = ${node.lower.inclusive ? '[' : '('}${formatBound(node.lower)},${formatBound(node.upper)}${
        node.upper.inclusive ? ']' : ')'
      }`;
  }
}

function formatBound(b: RangeBound): string {
  return formatValue(b.value);
}

function formatValue(v: MatchValue): string {
  return typeof v === 'number' ? formatNumber(v) : quoteString(v);
}

/** Plain decimal notation: the tokenizer does not read exponents such as 1e-7. */
function formatNumber(n: number): string {
  const s = String(n);
  if (!s.includes('e')) return s;
  return Number.isInteger(n) ? BigInt(n).toString() : n.toFixed(20).replace(/\.?0+$/, '');
}
