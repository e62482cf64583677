// Regenerates docs/tools.md from the built registry: `npm run docs` (builds first).
import { writeFileSync } from 'node:fs';
import { renderToolReference } from '../dist/docs/tool-reference.js';
import { allTools } from '../dist/tools/registry.js';

writeFileSync(new URL('../docs/tools.md', import.meta.url), renderToolReference(allTools()));
process.stdout.write(`docs/tools.md: ${allTools().length} tools\n`);
