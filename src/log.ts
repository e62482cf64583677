import { maskSecrets } from './client/secrets.js';

/** Logs go to stderr only: stdout carries the MCP protocol. Every line is masked: registered secrets and credential shapes. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export class Logger {
  private readonly secrets = new Set<string>();

  constructor(
    private readonly level: LogLevel = 'info',
    private readonly write: (line: string) => void = writeStderr,
  ) {}

  addSecret(secret: string | undefined): void {
    if (secret && secret.length >= 4) this.secrets.add(secret);
  }

  redact(text: string): string {
    let result = text;
    for (const secret of this.secrets) result = result.split(secret).join('***');
    return maskSecrets(result);
  }

  debug(message: string, fields?: Record<string, unknown>): void {
    this.log('debug', message, fields);
  }
  info(message: string, fields?: Record<string, unknown>): void {
    this.log('info', message, fields);
  }
  warn(message: string, fields?: Record<string, unknown>): void {
    this.log('warn', message, fields);
  }
  error(message: string, fields?: Record<string, unknown>): void {
    this.log('error', message, fields);
  }

  private log(level: LogLevel, message: string, fields?: Record<string, unknown>): void {
    if (ORDER[level] < ORDER[this.level]) return;
    const suffix = fields ? ' ' + JSON.stringify(fields) : '';
    this.write(this.redact(`[vod-mcp] ${level}: ${message}${suffix}`));
  }
}

let stderrGone = false;
let watchingStderr = false;

/**
 * Once stderr is gone (the client that read it exited: EPIPE), log lines are dropped. Unheard, the write error would
 * reach the process as an uncaught exception, whose log line fails the same way, and so on without end.
 */
function writeStderr(line: string): void {
  if (stderrGone) return;
  if (!watchingStderr) {
    watchingStderr = true;
    process.stderr.on('error', () => (stderrGone = true));
  }
  process.stderr.write(line + '\n');
}
