import { readFileSync } from 'node:fs';
import type { Icon } from '@modelcontextprotocol/server';
import type { Tier } from '../tools/define-tool.js';

/**
 * The icons of the server, its tools (one per tier), prompts and resources: small SVGs shipped in the package
 * (assets/icons/), sent as data: URIs so that no client ever fetches anything from the network for them.
 */
function icon(name: string): Icon[] {
  const svg = readFileSync(new URL(`../../assets/icons/${name}.svg`, import.meta.url), 'utf8').trim();
  return [{ src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, mimeType: 'image/svg+xml', sizes: ['any'] }];
}

export const SERVER_ICONS = icon('server');
export const PROMPT_ICONS = icon('prompt');
export const RESOURCE_ICONS = icon('resource');
const TOOL_ICONS: Record<Tier, Icon[]> = { read: icon('tool-read'), write: icon('tool-write'), destructive: icon('tool-destructive') };

export function toolIcons(tier: Tier): Icon[] {
  return TOOL_ICONS[tier];
}
