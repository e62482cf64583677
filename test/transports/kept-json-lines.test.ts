import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { JSONRPCMessage } from '@modelcontextprotocol/server';
import { jsonLine, keepJson } from '../../src/json-text.js';
import { StdioLineTransport } from '../../src/transports/stdio-lines.js';

const tools = [
  { name: 'get_video_info', description: 'Reads one video’s facts — “quoted”, ×2, 中文, emoji 🎬', inputSchema: { type: 'object', properties: { VideoId: { type: 'string' } } } },
  { name: 'search_media', description: 'line\nbreak, tab\t, quote " and backslash \\', inputSchema: { type: 'object' } },
];

const joined = (pieces: (string | Buffer)[]) => Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece))).toString('utf8');

describe('kept JSON text of the tool list', () => {
  it('writes byte for byte what JSON.stringify writes, for any id and neighbouring fields', () => {
    const kept = keepJson(structuredClone(tools));
    for (const id of [1, 0, 'a"b\\c', '\u0000mark-like\u0000']) {
      const message = { jsonrpc: '2.0', id, result: { tools: kept, nextCursor: 'n"ext', _meta: { 'x/y': [1, '’'] } } };
      const pieces = jsonLine(message);
      expect(pieces).toHaveLength(3);
      expect(Buffer.isBuffer(pieces[1])).toBe(true);
      expect(joined(pieces)).toBe(`${JSON.stringify(message)}\n`);
    }
  });

  it('serializes a list that is not the kept value (a filtered copy) as usual', () => {
    const kept = keepJson(structuredClone(tools));
    const message = { jsonrpc: '2.0', id: 3, result: { tools: kept.filter((tool) => tool.name === 'search_media') } };
    expect(jsonLine(message)).toEqual([`${JSON.stringify(message)}\n`]);
    expect(jsonLine({ jsonrpc: '2.0', method: 'notifications/tools/list_changed' })).toEqual(['{"jsonrpc":"2.0","method":"notifications/tools/list_changed"}\n']);
  });

  it('the stdio transport writes each message as one line, kept bytes included, in the order sent', async () => {
    const stdout = new PassThrough();
    const written: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => written.push(chunk));
    const transport = new StdioLineTransport(new PassThrough(), stdout);
    const kept = keepJson(structuredClone(tools));
    const messages = [
      { jsonrpc: '2.0', id: 1, result: { tools: kept } },
      { jsonrpc: '2.0', id: 2, result: {} },
      { jsonrpc: '2.0', id: 3, result: { tools: kept } },
    ] as JSONRPCMessage[];
    await Promise.all(messages.map((message) => transport.send(message)));
    const lines = Buffer.concat(written).toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual(messages.map((message) => JSON.stringify(message)));
  });
});
