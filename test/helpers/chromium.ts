import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); tests that need it are skipped with this reason when it is absent. */
export const CHROMIUM = '/usr/bin/chromium';
export const chromiumMissing = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} not found (apt-get install -y chromium): browser tests skipped`;

/**
 * Headless Chromium (playwright-core gives it a fresh temporary profile) with no network chatter of its own (this
 * machine's network is closed) and autoplay allowed.
 */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  return { browser, close: () => browser.close() };
}
