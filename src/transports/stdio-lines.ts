import process from 'node:process';
import type { Readable, Writable } from 'node:stream';
import { parseJSONRPCMessage, type JSONRPCMessage, type RequestId, type Transport } from '@modelcontextprotocol/server';
import { jsonLine } from '../json-text.js';

/** One message at most this long (the SDK's own stdio limit): a client with more to say sends a file or a URL. */
export const MAX_LINE_BYTES = 10 * 1024 * 1024;
const HEAD_BYTES = 4096;
const TAIL_BYTES = 512;

export interface OversizedLine {
  readonly bytes: number;
  /** The request id found at the start or end of the line, when it is a request that can be answered. */
  readonly requestId: RequestId | undefined;
}

/**
 * Newline-delimited JSON-RPC over stdin/stdout, like the SDK's StdioServerTransport, except for a line past the
 * limit. The SDK's transport then closes itself (and the server exits 0 without a word); this one streams past the
 * rest of that line without buffering it, answers the request (when its id can be read) with an error, reports it
 * through `onoversized`, and keeps serving. Lines that are not JSON-RPC are reported through `onerror` and skipped.
 */
export class StdioLineTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  /** Sees every inbound message just before `onmessage` (which the SDK's serving entry owns). */
  oninbound?: (message: JSONRPCMessage) => void;
  onoversized?: (line: OversizedLine) => void;

  private chunks: Buffer[] = [];
  private size = 0;
  /** While skipping an oversized line: its length so far, its first bytes and its last bytes. */
  private skipping: { bytes: number; head: Buffer; tail: Buffer } | undefined;
  private isClosed = false;
  private markClosed!: () => void;
  /** Resolves once the transport is closed (stdin ended, or close() was called), whoever else listens to onclose. */
  readonly closed = new Promise<void>((resolve) => (this.markClosed = resolve));

  constructor(
    private readonly stdin: Readable = process.stdin,
    private readonly stdout: Writable = process.stdout,
    private readonly maxLineBytes = MAX_LINE_BYTES,
  ) {}

  async start(): Promise<void> {
    this.stdin.on('data', this.onData);
    this.stdin.on('error', this.onStreamError);
    this.stdin.on('end', this.onEnd);
    this.stdout.on('error', this.onOutputError);
  }

  send(message: JSONRPCMessage): Promise<void> {
    const pieces = jsonLine(message);
    return new Promise((resolve) => {
      // Corked, the pieces of one line leave together in one writev.
      if (pieces.length > 1) this.stdout.cork();
      let flowing = true;
      for (const piece of pieces) flowing = this.stdout.write(piece);
      if (pieces.length > 1) this.stdout.uncork();
      if (flowing) resolve();
      else this.stdout.once('drain', resolve);
    });
  }

  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    this.stdin.off('data', this.onData);
    this.stdin.off('error', this.onStreamError);
    this.stdin.off('end', this.onEnd);
    if (this.stdin.listenerCount('data') === 0) this.stdin.pause();
    // Kept: a write still queued may fail after the close, and that error must not become an uncaught exception.
    this.stdout.off('error', this.onOutputError);
    this.stdout.on('error', ignoreError);
    this.chunks = [];
    this.markClosed();
    this.onclose?.();
  }

  private readonly onStreamError = (error: Error) => this.onerror?.(error);
  /** Nobody reads the answers any more (EPIPE: the client exited): the connection is over. */
  private readonly onOutputError = (error: Error) => {
    this.onerror?.(new Error(`stdout failed, so the client is gone: ${error.message}`));
    void this.close();
  };
  private readonly onEnd = () => void this.close();

  private readonly onData = (chunk: Buffer) => {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline === -1 ? chunk.length : newline;
      this.take(chunk.subarray(start, end));
      if (newline === -1) break;
      this.endLine();
      start = newline + 1;
    }
  };

  private take(piece: Buffer): void {
    if (piece.length === 0) return;
    if (this.skipping) {
      this.skipping.bytes += piece.length;
      this.skipping.tail = Buffer.concat([this.skipping.tail, piece]).subarray(-TAIL_BYTES);
      return;
    }
    if (this.size + piece.length <= this.maxLineBytes) {
      this.chunks.push(piece);
      this.size += piece.length;
      return;
    }
    const line = Buffer.concat([...this.chunks, piece]);
    this.skipping = { bytes: line.length, head: line.subarray(0, HEAD_BYTES), tail: line.subarray(-TAIL_BYTES) };
    this.chunks = [];
    this.size = 0;
  }

  private endLine(): void {
    if (this.skipping) {
      const { bytes, head, tail } = this.skipping;
      this.skipping = undefined;
      this.refuseOversized(bytes, head.toString('utf8'), tail.toString('utf8'));
      return;
    }
    const line = Buffer.concat(this.chunks).toString('utf8').replace(/\r$/, '');
    this.chunks = [];
    this.size = 0;
    if (line.trim() === '') return;
    let message: JSONRPCMessage;
    try {
      message = parseJSONRPCMessage(JSON.parse(line));
    } catch (error) {
      this.onerror?.(new Error(`skipped a stdin line that is not a JSON-RPC message (${line.length} characters): ${(error as Error).message.slice(0, 200)}`));
      return;
    }
    this.oninbound?.(message);
    this.onmessage?.(message);
  }

  private refuseOversized(bytes: number, head: string, tail: string): void {
    const requestId = /"method"\s*:/.test(head) ? requestIdOf(head, tail) : undefined;
    this.onoversized?.({ bytes, requestId });
    if (requestId === undefined) return;
    void this.send({
      jsonrpc: '2.0',
      id: requestId,
      error: { code: -32600, message: `Message too large: ${bytes} bytes, over this server's limit of ${this.maxLineBytes} bytes per message; it was not processed. Send smaller arguments.` },
    });
  }
}

const ignoreError = () => {};

const ID_VALUE = String.raw`(-?\d+|"(?:[^"\\]|\\.){0,200}")`;
/** The top-level id: the first key of the object (after "jsonrpc"), or its last key right before the final brace. */
const ID_AT_START = new RegExp(String.raw`^\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"id"\s*:\s*${ID_VALUE}`);
const ID_AT_END = new RegExp(String.raw`[{,]\s*"id"\s*:\s*${ID_VALUE}\s*\}\s*$`);

function requestIdOf(head: string, tail: string): RequestId | undefined {
  const match = ID_AT_START.exec(head) ?? ID_AT_END.exec(tail.replace(/\r$/, ''));
  if (!match) return undefined;
  const value: unknown = JSON.parse(match[1]!);
  return typeof value === 'number' || typeof value === 'string' ? value : undefined;
}
