// Builds every MCP Apps view in views/<name>/ (main.ts + style.css, in the page views/shared/page.html; shared code
// in views/shared/) into one self-contained file dist/views/<name>.html: the script and styles bundled by esbuild and inlined, so
// the view needs no network to start (hosts render it in a sandboxed iframe under the CSP its resource declares).
// Records each view's size (bytes and gzip) in dist/views/sizes.json and fails when one is over its budget.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'views');
const out = join(root, 'dist', 'views');
/** Per view, raw bytes. The ext-apps App with the MCP client Protocol and zod it runs on is ~380 KB of it; see README "Views". */
const BUDGET_BYTES = 500_000;
/** Views that bundle a library of their own get more: media-browser carries hls.js light (~390 KB) for HLS over MSE. */
const BUDGETS = { 'media-browser': 900_000 };
const SCRIPT_TAG = '<script type="module" src="./main.ts"></script>';
const STYLE_TAG = '<link rel="stylesheet" href="./style.css">';
/** One page for every view; its title is the view's name in words ("media-browser": "VOD media browser"). */
const PAGE = await readFile(join(source, 'shared', 'page.html'), 'utf8');
if (!PAGE.includes(SCRIPT_TAG) || !PAGE.includes(STYLE_TAG)) throw new Error(`views/shared/page.html must contain ${SCRIPT_TAG} and ${STYLE_TAG}`);

const names = (await readdir(source, { withFileTypes: true })).filter((entry) => entry.isDirectory() && entry.name !== 'shared').map((entry) => entry.name).sort();
await mkdir(out, { recursive: true });
const sizes = {};
for (const name of names) {
  const dir = join(source, name);
  const template = PAGE.replace('%NAME%', name.replaceAll('-', ' '));
  const [script, style] = await Promise.all([bundle(join(dir, 'main.ts'), 'js'), bundle(join(dir, 'style.css'), 'css')]);
  // Inlined: a "</script" or "</style" inside the code would end the element early.
  const html = template
    .replace(STYLE_TAG, () => `<style>${style.replace(/<\/style/gi, '<\\/style')}</style>`)
    .replace(SCRIPT_TAG, () => `<script type="module">${script.replace(/<\/script/gi, '<\\/script')}</script>`);
  await writeFile(join(out, `${name}.html`), html);
  const bytes = Buffer.byteLength(html);
  const gzip = gzipSync(html, { level: 9 }).length;
  sizes[name] = { bytes, gzip };
  console.log(`views: dist/views/${name}.html ${bytes} bytes (${gzip} gzip)`);
  const budget = BUDGETS[name] ?? BUDGET_BYTES;
  if (bytes > budget) throw new Error(`views/${name} is ${bytes} bytes, over the ${budget}-byte budget`);
}
await writeFile(join(out, 'sizes.json'), `${JSON.stringify({ budgetBytes: BUDGET_BYTES, views: sizes }, null, 2)}\n`);

/**
 * zod's `z.locales` namespace (every error-message translation, ~275 KB minified) comes in with the ext-apps App's
 * `import * as z`; a view never switches zod's locale (English is built in), so the namespace is left empty.
 */
function withoutZodLocales() {
  return {
    name: 'without-zod-locales',
    setup(build) {
      build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: 'export {};', loader: 'js' }));
    },
  };
}

async function bundle(entry, kind) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: kind === 'js' ? 'esm' : undefined,
    target: kind === 'js' ? 'es2022' : undefined,
    platform: 'browser',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [withoutZodLocales()],
  });
  return result.outputFiles.map((file) => file.text).join('');
}
