import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary home folder whose `.aliyun/config.json` holds `config` (an object, or raw text). */
export function aliyunHome(config: unknown): string {
  const home = mkdtempSync(join(tmpdir(), 'vod-mcp-home-'));
  mkdirSync(join(home, '.aliyun'));
  writeFileSync(join(home, '.aliyun', 'config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return home;
}

/** A temporary file (an OIDC token, say) and its path. */
export function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'vod-mcp-file-')), name);
  writeFileSync(path, content);
  return path;
}
