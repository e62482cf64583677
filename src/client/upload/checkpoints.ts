import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What a multipart upload left behind: enough to find its media record and its parts again. */
export interface UploadCheckpoint {
  readonly MediaType: 'video' | 'audio' | 'image' | 'attached';
  readonly MediaId: string;
  readonly UploadId: string;
  readonly PartSize: number;
  readonly UploadAddress: string;
  readonly CreatedAt: string;
}

/** One JSON file per local file under `<stateDir>/uploads/`, keyed by the file's real path, size and mtime. */
export class UploadCheckpoints {
  constructor(private readonly stateDir: string) {}

  static keyOf(realPath: string, size: number, mtimeMs: number): string {
    return createHash('sha256').update(`${realPath}\n${size}\n${Math.trunc(mtimeMs)}`).digest('hex').slice(0, 32);
  }

  private file(key: string): string {
    return join(this.stateDir, 'uploads', `${key}.json`);
  }

  async load(key: string): Promise<UploadCheckpoint | undefined> {
    try {
      const parsed = JSON.parse(await readFile(this.file(key), 'utf8')) as Partial<UploadCheckpoint>;
      return typeof parsed.MediaId === 'string' && typeof parsed.UploadId === 'string' && typeof parsed.UploadAddress === 'string' ? (parsed as UploadCheckpoint) : undefined;
    } catch {
      return undefined;
    }
  }

  async save(key: string, checkpoint: UploadCheckpoint): Promise<void> {
    await mkdir(join(this.stateDir, 'uploads'), { recursive: true, mode: 0o700 });
    const temporary = `${this.file(key)}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(checkpoint), { mode: 0o600 });
    await rename(temporary, this.file(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}
