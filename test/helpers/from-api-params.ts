import type { z } from 'zod';
import type { AnyTool } from '../../src/tools/define-tool.js';

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The base kind of a schema, through optional/default/nullable/pipe wrappers. */
export function kindOf(schema: z.ZodType): string {
  let def = defOf(schema);
  for (;;) {
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'readonly' || def.type === 'prefault') && def.innerType) def = defOf(def.innerType);
    else if (def.type === 'pipe' && def.in) def = defOf(def.in);
    else return def.type;
  }
}

function elementKind(schema: z.ZodType): string {
  let current: z.ZodType = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'array' && def.element) return kindOf(def.element);
    if (def.innerType) current = def.innerType;
    else if (def.in) current = def.in;
    else return 'string';
  }
}

/** The inverse of the default serialization: API parameters (a spec request example) -> tool arguments. */
export function fromApiParams(tool: AnyTool, params: Record<string, string>): Record<string, unknown> {
  const shape = tool.input.shape as Record<string, z.ZodType>;
  const args: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name === 'Action') continue;
    const schema = shape[name];
    if (!schema) {
      args[name] = value;
      continue;
    }
    const kind = kindOf(schema);
    if (kind === 'array') {
      args[name] = value.trim().startsWith('[') ? JSON.parse(value) : value.split(',').map((item) => (elementKind(schema) === 'number' ? Number(item) : item.trim()));
    } else if (kind === 'number' || kind === 'int') args[name] = Number(value);
    else if (kind === 'boolean') args[name] = value === 'true';
    else if (kind === 'object' || kind === 'record') args[name] = JSON.parse(value);
    else args[name] = value;
  }
  return args;
}
