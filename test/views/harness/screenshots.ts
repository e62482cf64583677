import { fileURLToPath } from 'node:url';

/** Where the browser tests write their screenshots (gitignored); docs/views/ keeps one of each view. */
export const SCREENSHOTS = fileURLToPath(new URL('../../../test-output/views', import.meta.url));
