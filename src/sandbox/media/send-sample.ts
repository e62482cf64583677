import type { IncomingMessage, ServerResponse } from 'node:http';
import parseRange from 'range-parser';
import type { SampleFile } from './sample-files.js';

/**
 * Media is fetched by players in other origins (an MCP App view runs in a sandboxed iframe whose origin is opaque):
 * anyone may read it, as on a public CDN domain, and the headers a player needs are exposed.
 */
export const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Accept-Ranges, Content-Length, Content-Range, ETag',
  'cross-origin-resource-policy': 'cross-origin',
  'timing-allow-origin': '*',
} as const;

/** GET or HEAD of one file: 200, 206 for a single byte range, 416 for an unsatisfiable one, 304 for a matching ETag. */
export function sendSample(req: IncomingMessage, res: ServerResponse, file: SampleFile): void {
  const size = file.body.length;
  const headers: Record<string, string | number> = {
    ...CORS_HEADERS,
    'content-type': file.contentType,
    'accept-ranges': 'bytes',
    etag: file.etag,
    'cache-control': 'public, max-age=86400',
  };
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers);
    return void res.end();
  }
  let status = 200;
  let body = file.body;
  const range = req.headers.range;
  const ifRange = req.headers['if-range'];
  if (range && (ifRange === undefined || ifRange === file.etag)) {
    const ranges = parseRange(size, range, { combine: true });
    if (ranges === -1) {
      res.writeHead(416, { ...headers, 'content-range': `bytes */${size}`, 'content-length': 0 });
      return void res.end();
    }
    // A malformed header (-2) or several ranges: the whole file, as RFC 9110 allows.
    if (ranges !== -2 && ranges.type === 'bytes' && ranges.length === 1) {
      const { start, end } = ranges[0]!;
      status = 206;
      body = file.body.subarray(start, end + 1);
      headers['content-range'] = `bytes ${start}-${end}/${size}`;
    }
  }
  headers['content-length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** CORS preflight (a Range header outside the safelisted form, for instance). */
export function sendPreflight(req: IncomingMessage, res: ServerResponse): void {
  const asked = req.headers['access-control-request-headers'];
  res.writeHead(204, {
    ...CORS_HEADERS,
    'access-control-allow-methods': 'GET, HEAD, OPTIONS',
    'access-control-allow-headers': typeof asked === 'string' && asked ? asked : 'Range',
    'access-control-max-age': '86400',
  });
  res.end();
}

export function sendMediaError(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...CORS_HEADERS, ...extra, 'content-type': 'application/json' });
  res.end(JSON.stringify({ Code: code, Message: message }));
}
