import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LIST_WRAPPERS } from '../../src/wire/list-wrappers.js';
import { allTools } from '../../src/tools/registry.js';

// The client hands tools one flat shape (src/client/unwrap-lists.ts: `VideoList: { Video: [...] }` arrives as
// `VideoList: [...]`), so every output schema describes exactly that shape: a plain list at every place the service
// wraps one, and nowhere a union that would also take the wrapped or a lone-item form.

type Node = { type?: string | string[]; properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; oneOf?: Node[] };

const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Node;

/** The flat path of a wrapper path: `VideoList[].Snapshots.Snapshot` -> `VideoList[].Snapshots`. */
const flatPath = (wrapperPath: string) => wrapperPath.split('.').slice(0, -1);

function nodeAt(root: Node, steps: readonly string[]): Node | undefined {
  let node: Node | undefined = root;
  for (const step of steps) {
    const each = step.endsWith('[]');
    node = node?.properties?.[each ? step.slice(0, -2) : step];
    if (each) node = node?.items;
  }
  return node;
}

function mixedUnions(node: Node, path: string, found: string[]): string[] {
  const alternatives = node.anyOf ?? node.oneOf;
  if (alternatives) {
    const kinds = new Set(alternatives.flatMap((alternative) => [alternative.type ?? 'other'].flat()));
    if (kinds.has('array') && kinds.size > 1) found.push(path || '(root)');
    alternatives.forEach((alternative) => mixedUnions(alternative, path, found));
  }
  for (const [name, child] of Object.entries(node.properties ?? {})) mixedUnions(child, path ? `${path}.${name}` : name, found);
  if (node.items) mixedUnions(node.items, `${path}[]`, found);
  return found;
}

const tools = allTools();

describe('tool output schemas describe the flat shape', () => {
  it.each(tools.filter((tool) => LIST_WRAPPERS[tool.action]).map((tool) => [tool.action, tool] as const))('%s: a plain list where the service wraps one', (action, tool) => {
    const root = jsonSchemaOf(tool.output);
    for (const path of LIST_WRAPPERS[action]!) {
      const node = nodeAt(root, flatPath(path));
      expect(node, `${action}: the output schema does not declare ${flatPath(path).join('.')}`).toBeDefined();
      expect(node!.type, `${action}: ${flatPath(path).join('.')} must be a list`).toBe('array');
    }
  });

  it.each(tools.map((tool) => [tool.action, tool] as const))('%s: no union of a list with anything else', (action, tool) => {
    expect(mixedUnions(jsonSchemaOf(tool.output), '', []), action).toEqual([]);
  });
});
