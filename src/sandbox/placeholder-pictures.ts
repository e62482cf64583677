import { createHash } from 'node:crypto';

/**
 * The pictures the sandbox's URLs name (audit screenshots, snapshots, covers, AI images) as small SVG images, so a
 * browser shows something at each (the MCP Apps views, a player's poster). Each path gets its own colour and its
 * file name as a label; the same path always gives the same picture. Not JPEG bytes: the content type says SVG.
 */
const PICTURE_PATH = /^\/(aivideocensor|snapshot|image|ai)\/[\w./-]+\.(jpe?g|png|gif|webp)$/;

export function placeholderPicture(pathname: string): { readonly type: string; readonly body: Buffer } | undefined {
  if (!PICTURE_PATH.test(pathname) || pathname.includes('..')) return undefined;
  const digest = createHash('sha256').update(pathname).digest();
  const hue = (digest[0]! * 360) / 256;
  const name = pathname.split('/').pop()!.replace(/\.[a-z]+$/, '');
  const label = name.length > 14 ? `${name.slice(0, 13)}…` : name;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90" viewBox="0 0 160 90">` +
    `<rect width="160" height="90" fill="hsl(${hue.toFixed(0)} 45% 42%)"/>` +
    `<circle cx="${40 + (digest[1]! % 80)}" cy="${25 + (digest[2]! % 40)}" r="${12 + (digest[3]! % 14)}" fill="hsl(${((hue + 180) % 360).toFixed(0)} 60% 70%)" opacity="0.8"/>` +
    `<text x="8" y="82" font-family="sans-serif" font-size="12" fill="#fff">${label}</text></svg>`;
  return { type: 'image/svg+xml', body: Buffer.from(svg) };
}
