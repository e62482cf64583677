// How often does the runtime refuse arguments that follow the PUBLISHED JSON Schema? Generates argument sets from
// each tool's input schema as tools/list publishes it (test/helpers/json-schema-arbitrary.mjs, fast-check, fixed seed)
// and counts how many the tool's zod input schema refuses, per tool and in total. A figure, never a test assertion.
// Usage: npm run bench:schema-refusals [-- --runs 20 --seed 1 --verbose]
import fc from 'fast-check';
import { toMcpTool } from '../dist/mcp/tool-runtime.js';
import { allTools } from '../dist/tools/registry.js';
import { valueArbitrary } from '../test/helpers/json-schema-arbitrary.mjs';

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const runs = option('runs', 20);
const seed = option('seed', 1);
const verbose = process.argv.includes('--verbose');

let total = 0;
let refused = 0;
const rows = [];
for (const tool of allTools()) {
  const published = toMcpTool(tool).inputSchema;
  const samples = fc.sample(valueArbitrary(published), { numRuns: runs, seed });
  const reasons = new Map();
  let toolRefused = 0;
  for (const args of samples) {
    const parsed = tool.input.safeParse(args);
    if (parsed.success) continue;
    toolRefused++;
    const issue = parsed.error.issues[0];
    const reason = `${issue.path.join('.') || '(arguments)'}: ${issue.message}`;
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  total += samples.length;
  refused += toolRefused;
  if (toolRefused) rows.push({ name: tool.name, refused: toolRefused, of: samples.length, reasons: [...reasons].sort((a, b) => b[1] - a[1]) });
}

rows.sort((a, b) => b.refused - a.refused);
console.log(`## Schema-valid argument sets the runtime refuses (${runs} per tool, seed ${seed})`);
console.log('| tool | refused | most common reason |');
console.log('| --- | --- | --- |');
for (const row of rows) console.log(`| ${row.name} | ${row.refused}/${row.of} | ${row.reasons[0][0].slice(0, 140).replaceAll('|', '\\|')} |`);
if (verbose) for (const row of rows) console.error(`${row.name}\n${row.reasons.map(([reason, count]) => `  ${count}x ${reason}`).join('\n')}`);
const ratio = refused / total;
console.log(`\nTotal: ${refused} of ${total} schema-valid argument sets refused (${(ratio * 100).toFixed(2)}%, 1 in ${refused ? Math.round(total / refused) : '∞'}), in ${rows.length} of ${allTools().length} tools.`);
