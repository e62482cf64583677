import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium package (installed by .ci/run); another binary with VOD_MCP_CHROMIUM. One launcher for every browser test. */
export const CHROMIUM_PATH = process.env.VOD_MCP_CHROMIUM ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or undefined when they can. */
export const chromiumMissing: string | undefined = existsSync(CHROMIUM_PATH)
  ? undefined
  : `browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set VOD_MCP_CHROMIUM)`;

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** More command-line switches, e.g. `--autoplay-policy=no-user-gesture-required`. */
  readonly flags?: readonly string[];
}

/** The real Chromium, headless (no network chatter of its own), on a fresh profile that is removed afterwards. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'vod-mcp-chromium-'));
  // launchPersistentContext passes the profile as --user-data-dir (playwright refuses it among the args).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...FLAGS, ...(options.flags ?? [])],
    viewport: { width: 960, height: 1280 },
    timeout: 60_000,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
