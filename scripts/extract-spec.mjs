#!/usr/bin/env node
// Deterministic extractor: reads the VOD server API manual (text extracted from the PDF) and
// writes src/sandbox/spec/actions.json, gateway.json and qps.json (the sandbox's own reading of the spec).
//
// Usage: node scripts/extract-spec.mjs [--seed <manual.txt>] [--api <dir with actions.tsv>] [--out <spec dir>]
//
// The manual's text is messy (PDF column interleaving, page headers/footers in the middle of
// tables and JSON, words split across lines, bold words doubled). Everything here is heuristic but
// deterministic; the summary printed at the end lists what could not be extracted.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
// The manual sits beside the checkout in development (../shared); the action table and gateway errors are copied into data/manual.
const SEED = opt('--seed', join(repo, '..', 'shared', 'seed', 'vod-server-api-20220708.txt'));
const API = opt('--api', join(repo, 'data', 'manual'));
const OUT = opt('--out', join(repo, 'src', 'sandbox', 'spec'));
const QUIET = args.includes('--quiet');

// ---------------------------------------------------------------------------------------------
// 1. Load and clean lines
// ---------------------------------------------------------------------------------------------

const rawLines = readFileSync(SEED, 'utf8').replace(/\r\n?/g, '\n').split('\n');

/** Doubled heading such as `7.3.1. 获取单个音视频信息7.3.1. 获取单个音视频信息` or `6.音视频播放6.音视频播放`. */
const HEADING_RE = /^\s*(\d+(?:\.\d+)*)\.\s?(.+?)\1\.\s?\2\s*$/;

function isNoise(line) {
  const t = line.trim();
  if (t === '') return false;
  if (/文档版本：\d{8}/.test(t)) return true; // page footer
  if (/^(视频点播\s+)?服务端API··/.test(t)) return true; // page header
  if (/^服务端API··.*视频点播$/.test(t)) return true;
  if (/^file:\/\/\//.test(t)) return true; // link annotations
  if (/^https?:\/\/(help|error-center|api|www)\.aliyun\.com\/\S*$/.test(t)) return true;
  if (/^https?:\/\/(vod|ram|oss|usercenter2|ak)\.console\.aliyun\.com\/?\S*$/.test(t)) return true;
  if (HEADING_RE.test(t)) return true;
  return false;
}

/** lines: [{ text, n }] where n is the 1-based line number in the manual; noise removed. */
const lines = [];
const headings = []; // { num, title, n, idx }
rawLines.forEach((text, i) => {
  const t = text.trim();
  const h = HEADING_RE.exec(t);
  if (h) headings.push({ num: h[1], title: h[2].trim(), n: i + 1, idx: lines.length });
  // A heading is a paragraph break: keep a blank line in its place.
  if (h) { lines.push({ text: '', n: i + 1 }); return; }
  if (isNoise(text)) return;
  const clean = text.replace(/\s+$/, '');
  // PDF page-break artefact: the last line of a page is repeated on the next one, indented by one
  // more space (`      "Url" : "..."` then `       "Url" : "..."`).
  if (clean.trim() !== '' && /[A-Za-z0-9]/.test(clean)) {
    let k = lines.length - 1;
    while (k >= 0 && lines[k].text.trim() === '') k--;
    if (k >= 0 && clean === ' ' + lines[k].text) return;
  }
  lines.push({ text: clean, n: i + 1 });
});
const T = (i) => (lines[i] ? lines[i].text.trim() : '');

// ---------------------------------------------------------------------------------------------
// 2. Actions list
// ---------------------------------------------------------------------------------------------

const tsv = readFileSync(join(API, 'actions.tsv'), 'utf8').trim().split('\n');
const header = tsv.shift().split('\t');
const actions = tsv.map((l) => {
  const cols = l.split('\t');
  const o = {};
  header.forEach((h, i) => (o[h] = (cols[i] ?? '').trim()));
  return o;
});

// ---------------------------------------------------------------------------------------------
// 3. Section blocks: each action's technical content starts at its `请求参数` marker.
//    The doubled heading line is misplaced by the PDF extraction (it lands somewhere on the
//    section's first page), so it is used to *identify* the block, not to cut it.
// ---------------------------------------------------------------------------------------------

const isParamsMarker = (t) => t === '请求参数请求参数' || t === '请求参数';
const markers = [];
for (let i = 0; i < lines.length; i++) if (isParamsMarker(T(i))) markers.push(i);

const squash = (s) => s.replace(/\s+/g, '');

/** The action named in a block: Action row's example value, else `?Action=` of the request example. */
function blockActionName(start, end) {
  for (let i = start + 1; i < Math.min(end, start + 12); i++) {
    const m = /^Action\s+String\s+(?:是|否)\s*(.*)$/.exec(T(i));
    if (!m) continue;
    let v = /^[A-Za-z]+$/.test(m[1].split(/\s+/)[0] || '') ? m[1].split(/\s+/)[0] : '';
    // value may be split over following lines: `SetDefaultTransc` / `odeTemplateGro` / `up`, `sultT imeline`
    if (!m[1]) for (let j = i + 1; j < i + 5 && /^[A-Za-z][A-Za-z ]*$/.test(T(j)); j++) v += squash(T(j));
    if (/^[A-Z][A-Za-z]+$/.test(v)) return v;
  }
  for (let i = start; i < end; i++) {
    const m = /\?Action=([A-Za-z]+)/.exec(T(i));
    if (m) return m[1];
  }
  return null;
}

const blocks = markers.map((start, k) => {
  const next = k + 1 < markers.length ? markers[k + 1] : lines.length;
  return { start, end: next, name: blockActionName(start, next) };
});
// Cut the tail of each block at its SDK list (what follows is the next section's intro), or at the
// appendix chapter for the last one.
for (const b of blocks) {
  for (let i = b.start + 1; i < b.end; i++) {
    if (/^SDK示例/.test(T(i))) { b.end = i; break; }
  }
}

function findHeading(section, title) {
  const norm = (s) => squash(s);
  return headings.find((h) => h.num === section && norm(h.title) === norm(title))
    ?? headings.find((h) => h.num === section);
}

// ---------------------------------------------------------------------------------------------
// 4. Table parsing helpers
// ---------------------------------------------------------------------------------------------

const BASE_TYPES = ['String', 'Integer', 'Long', 'Float', 'Double', 'Boolean', 'Array', 'Object', 'Map', 'JSON', 'Int'];
const TYPE_ALT = `(?:Array of [A-Za-z][\\w]*(?:(?<=T) [a-z]\\w*)?|Array of|${BASE_TYPES.join('|')})(?:\\[\\])?`;
// Names are sometimes split by the PDF after T/t/f: `StartT ime`, `Definit ion`, `T itle`.
const NAME_ALT = `[A-Za-z][\\w.]*(?:(?<=[Ttf]) [a-z][\\w.]*)*`;
const ROW_RE = new RegExp(`^(${NAME_ALT})\\s+(${TYPE_ALT})(?=\\s|$)\\s*(.*)$`);
const TYPE_LINE_RE = new RegExp(`^(${TYPE_ALT})(?=\\s|$)\\s*(.*)$`);
const IDENT_RE = /^[A-Za-z][\w.]*$/;
const FRAG_RE = /^(?=.{1,16}$)[A-Za-z0-9_.]+(?:(?<=[Ttf]) [a-z][A-Za-z0-9_.]*)*$/;
const HAS_CJK = /[\u3000-\u9fff\uff00-\uffef]/;

const TABLE_HEADER_RE = /^名称\s*类型/;

/**
 * Detect a table row starting at line i. Returns { name, type, rest, next } or null.
 * `next` is the first line index after the row-start lines.
 */
function rowAt(i, end) {
  const t = T(i);
  let m = ROW_RE.exec(t);
  if (m) {
    let type = m[2].replace(/(?<=T) (?=[a-z])/, '');
    let rest = m[3];
    let next = i + 1;
    if (type === 'Array of') {
      // `Array of` / `TranscodeJob`
      const tt = T(next);
      if (IDENT_RE.test(tt.split(/\s+/)[0] || '')) {
        type = `Array of ${tt.split(/\s+/)[0]}`;
        rest = tt.split(/\s+/).slice(1).join(' ');
        next++;
      } else type = 'Array';
    }
    return { name: squash(m[1]), type, rest, next };
  }
  // Name split over lines: `StorageLocatio` / `n` / (blank) / `String ...`, or
  // `NonExistTransc` / `odeTemplateId` / `s` / (blank) / `Array of String`, or `VideoDNA` / `Array of` / `VideoDNA`.
  // (the PDF name column wraps at ~14 characters, so only long first parts may have fragments)
  if (!new RegExp(`^${NAME_ALT}$`).test(t)) return null;
  let j = i + 1;
  let name = squash(t);
  const frags = [];
  while (frags.length < 3 && j < end && FRAG_RE.test(T(j)) && !TYPE_LINE_RE.test(T(j))) frags.push(squash(T(j++)));
  while (j < end && T(j) === '') j++;
  const tm = TYPE_LINE_RE.exec(T(j));
  if (!tm) return null;
  if (frags.length) {
    if (name.length < 12) return null;
    name += frags.join('');
  } else if (tm[1] !== 'Array of' && name.length < 10) {
    // `TranscodeJobs` / `Array of` / `TranscodeJob` is common; a bare type line after a short word is not a row
    return null;
  }
  let type = tm[1];
  let rest = tm[2];
  let next = j + 1;
  if (type === 'Array of') {
    const tt = T(next);
    const w = tt.split(/\s+/)[0] || '';
    if (IDENT_RE.test(w)) {
      type = `Array of ${w}`;
      rest = tt.split(/\s+/).slice(1).join(' ');
      next++;
      // wrapped struct name: `DomainLogDet` / `ail`
      if (!rest && /^[a-z][A-Za-z0-9]{0,15}$/.test(T(next))) type += T(next++);
    } else type = 'Array';
  }
  return { name, type, rest, next };
}

/** Remove bold doubling in prose: `媒资库媒资库` -> `媒资库`, `NormalNormal` -> `Normal`, `Creat ionT ime:DescCreat ionT ime:Desc`. */
function undouble(s) {
  return s
    .replace(/(?<![A-Za-z0-9])([A-Za-z0-9][\w .:\-/*+]*?[\w.:\-/*+])\1(?![A-Za-z0-9])/g, (all, a) => {
      if (/^(.)\1*$/.test(a)) return all; // `yyyy`, `YYYY`: not bold doubling
      return a.includes(' ') ? a.replace(/ (?=[a-z])|(?<=[A-Z]) (?=[a-z])/g, '') : a;
    })
    .replace(/([\u4e00-\u9fff（）/]{2,}?)\1/gu, '$1');
}

function cleanDesc(textLines) {
  let s = textLines.map((l) => l.trim()).filter(Boolean).join('\n');
  s = s.replace(/说明\s*说明/g, '说明：').replace(/注意\s*注意/g, '注意：');
  // Join lines: no separator between CJK, space between ASCII words.
  s = s.replace(/\n/g, (m, off) => {
    const a = s[off - 1] || '';
    const b = s[off + 1] || '';
    if (HAS_CJK.test(a) || HAS_CJK.test(b)) return '';
    if (/[-/]/.test(a)) return '';
    return ' ';
  });
  s = s.replace(/(?<=[A-Z]) ?T T ?(?=[A-Z])/g, 'TT'); // `HT T P` -> `HTTP`
  s = undouble(s);
  // bold single digits are doubled too: `默认值为11` (= 1), `取值范围：11~1010` (= 1~10)
  s = s.replace(/(?<=(?:[：为:~～]|默认值|最小值|最大值)\s?)(\d)\1(?![\d.])/g, '$1');
  s = s.replace(/\s+/g, ' ').trim();
  if (s.length > 240) {
    const cut = s.slice(0, 240);
    const p = cut.lastIndexOf('。');
    s = p > 60 ? cut.slice(0, p + 1) : cut + '…';
  }
  return s;
}

/** Enum values from bold-doubled list items (`NormalNormal：通过。`, `videovideo （默认值）：视频。`). */
function extractEnum(descLines) {
  const vals = [];
  for (const raw of descLines) {
    const t = raw.trim();
    const m = /^([^：（(]+?)\s*(?:[（(][^）)]*[）)])?\s*：/.exec(t) || /^([^：（(]+?)\s*[（(][^）)]*[）)]\s*$/.exec(t) || /^([^：（(]+?)\s*(?:[（(][^）)]*[）)])?\s*:/.exec(t) || /^(\S+(?: \S+)*)$/.exec(t);
    if (!m) continue;
    const x = squash(m[1]);
    if (x.length < 2 || x.length % 2) continue;
    const half = x.slice(0, x.length / 2);
    if (half + half !== x) continue;
    if (!/^[A-Za-z0-9_.\-:/*+]+$/.test(half)) continue;
    // Tolerate only line-start items, plain values
    vals.push(half);
  }
  return [...new Set(vals)];
}

/**
 * Parse a parameter/field table between [start, end).
 * withRequired: request tables have a 是/否 column.
 */
function parseTable(start, end, withRequired) {
  const rows = [];
  let cur = null;
  let struct = null; // name of the sub-structure table we are in (request tables only)
  for (let i = start; i < end; i++) {
    const t = T(i);
    // A sub-table describing the members of a JSON parameter: a bold (doubled) struct name, then a header
    // without the 示例值 column: `名称 类型 是否必需 描述`.
    if (withRequired && /^名称\s*类型\s*(是否必[需选填]|必填项?|必选)\s*描述$/.test(t)) {
      const sn = structNameBefore(i);
      struct = sn?.name ?? 'Struct';
      // the struct's title (and intro) lines were appended to the previous row: remove them
      if (cur && sn) {
        const k = cur.body.lastIndexOf(T(sn.at));
        if (k >= 0) cur.body.length = k;
      }
      cur = null;
      continue;
    }
    if (TABLE_HEADER_RE.test(t)) continue;
    const r = rowAt(i, end);
    let accept = r;
    if (r && withRequired) {
      // request rows: `Name Type 是|否 ...` (是/否 may be on the next line for split rows)
      let req = /^(是|否)(?=\s|$)\s*(.*)$/.exec(r.rest);
      let next = r.next;
      if (!req && r.rest === '') {
        let j = r.next;
        while (j < end && T(j) === '') j++;
        const m2 = /^(是|否)(?=\s|$)\s*(.*)$/.exec(T(j));
        if (m2) { req = m2; next = j + 1; }
      }
      if (!req) accept = null;
      else accept = { ...r, required: req[1] === '是', rest: req[2], next };
    }
    if (accept) {
      cur = { name: accept.name, type: accept.type, required: accept.required, first: accept.rest, body: [], line: lines[i].n, struct };
      rows.push(cur);
      i = accept.next - 1;
      continue;
    }
    if (cur) cur.body.push(t);
  }
  return rows;
}

/** `RegisterMetadataRegisterMetadata`, `更新内容UpdateContent更新内容UpdateContent`, `SourcesSources` -> name. */
function structNameBefore(i) {
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const x = squash(T(j));
    if (!x || x.length % 2) continue;
    const half = x.slice(0, x.length / 2);
    if (half + half !== x) continue;
    const id = /[A-Za-z][A-Za-z0-9_]*/.exec(half);
    if (id) return { name: id[0], at: j };
  }
  return null;
}

const JSONISH = /["{}[\]=]/;

/** Split a row's trailing text into example and description (best effort). */
function splitExampleDesc(first, body, hasExampleColumn = true) {
  const all = [first, ...body].filter((l) => l !== undefined && l !== '');
  if (!hasExampleColumn) return { example: '', desc: all };
  if (first) {
    const toks = first.split(/\s+/);
    const c = toks.findIndex((x) => HAS_CJK.test(x));
    if (c > 0) return { example: toks.slice(0, c).join(' '), desc: [toks.slice(c).join(' '), ...body] };
    if (c === 0) {
      // `CateName String 是 搞笑` + description below: a lone CJK token without sentence punctuation
      // followed by more text is the example value.
      if (toks.length > 1) return { example: toks[0], desc: [toks.slice(1).join(' '), ...body] };
      if (body.some((l) => l.trim()) && !/[。：:；）)]$/.test(first)) return { example: first, desc: body };
      return { example: '', desc: all };
    }
  }
  // A JSON example value (wrapped over many lines) comes first: skip it by bracket depth.
  if (/^[[{]/.test(all[0] ?? '')) {
    let depth = 0;
    for (let j = 0; j < all.length; j++) {
      for (const ch of all[j]) {
        if (ch === '{' || ch === '[') depth++;
        else if (ch === '}' || ch === ']') depth--;
      }
      if (depth <= 0) return { example: all.slice(0, j + 1).join(''), desc: all.slice(j + 1) };
    }
  }
  // Otherwise the description starts at the first CJK line that is not part of an example.
  const k = all.findIndex((l) => HAS_CJK.test(l) && !JSONISH.test(l));
  if (k < 0) return { example: all.join(''), desc: [] };
  return { example: all.slice(0, k).join(''), desc: all.slice(k) };
}

// ---------------------------------------------------------------------------------------------
// 5. Error tables
// ---------------------------------------------------------------------------------------------

/** Undo PDF word splits in English prose: `StartT ime` -> `StartTime`, `start t ime` -> `start time`. */
const fixProse = (s) => s.replace(/T (?=[a-z])/g, 'T').replace(/\bt ime/g, 'time').replace(/\s+/g, ' ').trim();

/**
 * Leading error code of a line, with PDF splits undone (`InvalidStartT ime.Malfor med ...`).
 * Returns { code, rest } or null.
 */
function leadingCode(t) {
  const toks = t.split(/\s+/);
  if (!/^[A-Za-z_][A-Za-z0-9_.%]*$/.test(toks[0])) return null;
  let code = toks[0];
  let k = 1;
  while (k < toks.length && /^[a-z_.][A-Za-z0-9_.]*$/.test(toks[k]) && (/[TtNfr]$/.test(code) || /[._]/.test(toks[k]))) code += toks[k++];
  const rest = toks.slice(k).join(' ');
  if (rest && HAS_CJK.test(rest.split(' ')[0])) return null;
  if (!/^[A-Z_]/.test(code) && !/^[A-Z]/.test(toks[0])) return null;
  return { code, rest };
}

/** A wrapped piece of a code on the next line: `med`, `ateGroup.NotFound`, `tartT ime`, `otSupported`. */
function codeContinuation(t) {
  if (/^[A-Za-z0-9_.%]*[A-Za-z0-9_]$/.test(t)) return t;
  const m = /^([A-Za-z0-9_.%]*[TN]) ([a-z][A-Za-z0-9_.%]*[A-Za-z0-9_])$/.exec(t);
  return m ? m[1] + m[2] : null;
}

const ERR_END_RE = /^(调用[A-Z]|使用说明|QPS限制|调试|请求参数|SDK示例|名称\s*类型|返回数据)/;

function parseErrors(start, end) {
  const out = [];
  let i = start;
  // find header
  while (i < end && !/错误代码\s*(错误代码)?\s*错误信息/.test(T(i))) i++;
  if (i >= end) return null;
  i++;
  let cur = null;
  let state = 'code';
  const finish = () => {
    if (cur) {
      cur.message = fixProse(cur.message);
      cur.description = cleanDesc(cur.desc).replace(/T (?=[a-z])/g, 'T');
      delete cur.desc;
      if (cur.message || cur.httpStatus) out.push(cur);
    }
    cur = null;
  };
  for (; i < end; i++) {
    const t = T(i);
    if (t === '') {
      // descriptions are contiguous; a paragraph after a blank line is trailing prose, not part of the row
      if (state === 'desc' && cur && cur.desc.length) state = 'gap';
      continue;
    }
    if (/^错误代码/.test(t)) continue;
    if (ERR_END_RE.test(t)) break;
    const lc = state !== 'msg' ? leadingCode(t) : null;
    if (lc) {
      finish();
      let code = lc.code;
      // code wrapped over adjacent lines (no blank line in between)
      if (!lc.rest) {
        while (lines[i + 1] && T(i + 1) !== '') {
          const c = codeContinuation(T(i + 1));
          if (!c || HAS_CJK.test(c)) break;
          code += c;
          i++;
        }
      }
      cur = { code, message: '', httpStatus: null, desc: [] };
      state = 'msg';
      if (lc.rest) consumeMsg(lc.rest);
      continue;
    }
    if (state === 'msg') {
      // a row without HTTP status goes straight to the Chinese description
      if (HAS_CJK.test(t[0]) && cur.message) { state = 'desc'; cur.desc.push(t); continue; }
      consumeMsg(t);
      continue;
    }
    // table cells are narrow; a long prose line is the next section's text
    if (t.length > 34 && HAS_CJK.test(t)) break;
    if (state === 'desc' && cur) cur.desc.push(t);
  }
  finish();
  return out;

  function consumeMsg(text) {
    const m = /^(.*?)(?:^|\s)(\d{3})(?:\s+(.*))?$/.exec(text);
    if (m && Number(m[2]) >= 200 && Number(m[2]) < 600 && (!m[3] || HAS_CJK.test(m[3]))) {
      cur.message += ' ' + m[1];
      cur.httpStatus = Number(m[2]);
      if (m[3]) cur.desc.push(m[3]);
      state = 'desc';
    } else cur.message += ' ' + text;
  }
}

// ---------------------------------------------------------------------------------------------
// 6. Request example
// ---------------------------------------------------------------------------------------------

function safeDecode(v) {
  if (!/%[0-9A-Fa-f]{2}/.test(v)) return v;
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

function parseRequestExample(start, end) {
  let i = start;
  while (i < end && !/^(请求示例)+$/.test(T(i))) i++;
  if (i >= end) return null;
  i++;
  while (i < end && !/\?Action=/.test(T(i))) {
    if (/^正常返回示例|^JSON/.test(T(i))) return null;
    i++;
  }
  if (i >= end) return null;
  const parts = [];
  const first = T(i).slice(T(i).indexOf('?') + 1);
  parts.push(first);
  for (i++; i < end; i++) {
    const t = T(i);
    if (t === '' || /^正常返回示例|^XML|^JSON|^HTTP\//.test(t)) {
      // a blank line ends the example unless the next non-blank line starts with '&'
      if (t !== '') break;
      let j = i + 1;
      while (j < end && T(j) === '') j++;
      if (T(j).startsWith('&')) { i = j - 1; continue; }
      break;
    }
    if (t.startsWith('&')) parts.push(t.slice(1));
    else parts[parts.length - 1] += t; // wrapped value
  }
  const out = {};
  for (const p of parts.flatMap((x) => (x.startsWith('Action=') && x.includes('&') ? x.split('&') : [x]))) {
    if (/公共请求参数/.test(p)) continue;
    const eq = p.indexOf('=');
    if (eq <= 0) continue;
    const k = p.slice(0, eq).trim();
    const v = p.slice(eq + 1).trim();
    if (!/^[A-Za-z][\w.]*$/.test(k)) continue;
    out[k] = safeDecode(v);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 7. JSON response example
// ---------------------------------------------------------------------------------------------

function cleanJson(src) {
  // Remove `...` placeholders outside strings; drop trailing commas created by that.
  let out = '';
  let inStr = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inStr) {
      out += c;
      if (c === '\\') { out += src[++i] ?? ''; continue; }
      if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') { inStr = true; out += c; continue; }
    if (c === '.' && src.startsWith('...', i)) { i += 2; continue; }
    if (c === '…') continue;
    out += c;
  }
  // , ] / , } / [ , / ,, after removing placeholders
  let prev;
  do {
    prev = out;
    out = out.replace(/,(\s*[\]}])/g, '$1').replace(/([[{]\s*),/g, '$1').replace(/,(\s*),/g, ',$1');
  } while (out !== prev);
  return out;
}

function parseJsonExample(start, end) {
  let i = start;
  while (i < end && !/^JSON\s*格式/.test(T(i))) i++;
  if (i >= end) return null;
  i++;
  while (i < end && !T(i).startsWith('{') && !T(i).startsWith('[')) {
    if (/^错误码/.test(T(i))) return null;
    i++;
  }
  if (i >= end) return null;
  // Scan characters across lines, tracking strings and depth.
  let text = '';
  let inStr = false;
  let esc = false;
  let depth = 0;
  let started = false;
  for (; i < end; i++) {
    const line = lines[i].text;
    const l = inStr ? line : line.replace(/^\s+/, '  ');
    for (let k = 0; k < l.length; k++) {
      const c = l[k];
      text += c;
      if (inStr) {
        if (esc) esc = false;
        else if (c === '\\') esc = true;
        else if (c === '"') inStr = false;
        continue;
      }
      if (c === '"') inStr = true;
      else if (c === '{' || c === '[') { depth++; started = true; }
      else if (c === '}' || c === ']') {
        depth--;
        if (started && depth === 0) return finish(text);
      }
    }
    if (inStr) {
      // A wrapped string: the continuation follows with no separator. A trailing backslash at a
      // wrap point is the start of an escape sequence continued on the next line.
      if (esc) { /* keep esc state across lines */ }
      continue;
    }
    text += '\n';
  }
  return finish(text);

  function finish(raw) {
    const cleaned = cleanJson(raw);
    try {
      return { value: JSON.parse(cleaned), raw: null };
    } catch (e) {
      return { value: null, raw, error: String(e.message) };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 8. Per-action extraction
// ---------------------------------------------------------------------------------------------

function indexOfLine(start, end, re) {
  for (let i = start; i < end; i++) if (re.test(T(i))) return i;
  return -1;
}

const COMMA_LIST_RE = /多个.{0,30}(逗号|,|，)|(逗号|,)（?,?）?分隔/;

function extractAction(a, block) {
  const { start, end } = block;
  const respIdx = indexOfLine(start, end, /^(返回数据){1,2}$/);
  const exIdx = indexOfLine(respIdx >= 0 ? respIdx : start, end, /^((示例){1,2}|(请求示例){1,2}|(正常返回示例){1,2})$/);
  const errIdx = indexOfLine(start, end, /^((接口错误码){1,2}|(错误码){1,2})$/);
  const paramsEnd = respIdx >= 0 ? respIdx : exIdx >= 0 ? exIdx : end;

  const reqRows = parseTable(start + 1, paramsEnd, true);
  const requestParams = [];
  const requestStructs = {};
  const seen = new Set();
  for (const r of reqRows) {
    if (r.name === 'Action' && !r.struct) continue;
    const key = `${r.struct ?? ''}/${r.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { desc } = splitExampleDesc(r.first, r.body, !r.struct);
    const p = { name: r.name, type: r.type, required: r.required };
    const en = extractEnum(desc);
    if (en.length >= 2 && /取值|可选|支持|包括|类型|范围|默认/.test(desc.join(''))) p.enum = en;
    const d = cleanDesc(desc);
    if (p.enum && COMMA_LIST_RE.test(squash(desc.join('')))) p.commaSeparated = true;
    p.description = d;
    if (r.struct) (requestStructs[r.struct] ??= []).push(p);
    else requestParams.push(p);
  }

  const responseFields = [];
  if (respIdx >= 0) {
    const rEnd = exIdx > respIdx ? exIdx : errIdx > respIdx ? errIdx : end;
    for (const r of parseTable(respIdx + 1, rEnd, false)) {
      responseFields.push({ name: r.name, type: r.type });
    }
  }

  const errors = errIdx >= 0 ? parseErrors(errIdx, end) : null;
  const requestExample = parseRequestExample(start, end);
  const js = parseJsonExample(exIdx >= 0 ? exIdx : start, errIdx > exIdx ? errIdx : end);

  const out = {
    action: a.action,
    section: a.seed_section,
    title: a.seed_title,
    family: a.family,
    qps: a.qps_per_account,
    manualLines: [lines[start].n, lines[Math.max(start, end - 1)].n],
    requestParams,
    ...(Object.keys(requestStructs).length ? { requestStructs } : {}),
    responseFields,
    errors: errors ?? [],
    requestExample: requestExample && Object.keys(requestExample).length ? requestExample : null,
    responseExample: js && js.value !== null ? js.value : null,
  };
  if (js && js.value === null && js.raw) {
    out.responseExampleRaw = js.raw.trim();
    out._jsonError = js.error;
  }
  return out;
}

// choose a block for each action: by name, disambiguated by the heading position
const result = [];
const failures = [];
const usedBlocks = new Set();
for (const a of actions) {
  const h = findHeading(a.seed_section, a.seed_title);
  const cands = blocks.filter((b) => b.name === a.action);
  let block = null;
  if (cands.length === 1) block = cands[0];
  else if (cands.length > 1) {
    const hn = h ? h.idx : 0;
    block = cands.reduce((best, b) => (Math.abs(b.start - hn) < Math.abs(best.start - hn) ? b : best));
  } else if (h) {
    // fall back to the marker nearest the heading
    block = blocks.reduce((best, b) => (Math.abs(b.start - h.idx) < Math.abs(best.start - h.idx) ? b : best));
    failures.push(`${a.action}: block located by heading only`);
  }
  if (!h) failures.push(`${a.action}: heading ${a.seed_section} ${a.seed_title} not found`);
  if (!block) {
    failures.push(`${a.action}: no section found`);
    result.push({
      action: a.action, section: a.seed_section, title: a.seed_title, family: a.family, qps: a.qps_per_account,
      requestParams: [], responseFields: [], errors: [], requestExample: null, responseExample: null,
    });
    continue;
  }
  if (usedBlocks.has(block)) failures.push(`${a.action}: block shared with another action`);
  usedBlocks.add(block);
  result.push(extractAction(a, block));
}

// ---------------------------------------------------------------------------------------------
// 9. Cross-checks against the examples
// ---------------------------------------------------------------------------------------------

const warnings = [];
for (const r of result) {
  const names = new Set(r.requestParams.map((p) => p.name));
  if (r.requestExample) {
    if (r.requestExample.Action && r.requestExample.Action !== r.action) warnings.push(`${r.action}: example Action=${r.requestExample.Action}`);
    for (const k of Object.keys(r.requestExample)) {
      if (k !== 'Action' && !names.has(k)) warnings.push(`${r.action}: example param ${k} not in requestParams`);
    }
  }
  if (r.responseExample && typeof r.responseExample === 'object') {
    const fields = new Set(r.responseFields.map((f) => f.name));
    const walk = (v, acc) => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, acc));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { acc.add(k); walk(x, acc); }
      return acc;
    };
    const keys = walk(r.responseExample, new Set());
    const missing = [...keys].filter((k) => !fields.has(k));
    if (missing.length) warnings.push(`${r.action}: response keys not in responseFields: ${missing.join(',')}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 10. gateway.json and qps.json
// ---------------------------------------------------------------------------------------------

function parseGateway() {
  const md = readFileSync(join(API, 'gateway-errors.md'), 'utf8');
  const errors = [];
  for (const line of md.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || !/^[A-Z]/.test(cells[1]) || cells[1] === 'Code') continue;
    const [, codeCell, http, when, msgCell] = cells;
    const bt = /`([^`]*)`/.exec(msgCell);
    const message = bt ? bt[1] : null;
    for (const code of codeCell.split('/').map((c) => c.trim()).filter(Boolean)) {
      errors.push({ code, httpStatus: Number(http), message, when, note: bt ? (msgCell.replace(/`[^`]*`/, '').trim() || undefined) : (msgCell === '-' ? undefined : msgCell) });
    }
  }
  // Spec chapter 3 common errors
  const hIdx = lines.findIndex((l) => /^通用错误/.test(l.text.trim()));
  let specErrors = [];
  if (hIdx >= 0) {
    const e = lines.findIndex((l, i) => i > hIdx && /您可以阅读本文/.test(l.text));
    specErrors = parseErrors(hIdx, e > 0 ? e : hIdx + 80) ?? [];
    for (const se of specErrors) se.message = se.message.replace(/\s*\\\s*/g, ' "<Name>" ').replace(/\s+/g, ' ').trim();
  }
  for (const g of errors) {
    if (!g.message) {
      const s = specErrors.find((x) => x.code === g.code);
      if (s) g.message = s.message;
    }
  }
  // Common parameters (section 4.2)
  const cStart = lines.findIndex((l) => /^公共请求参数公共请求参数/.test(l.text.trim()));
  const commonParams = [];
  if (cStart >= 0) {
    for (let i = cStart + 1; i < lines.length && !/^(示例){1,2}$/.test(T(i)); i++) {
      const m = /^([A-Za-z]+)\s+(String|Integer|Long)\s+(是|否)(?:\s+(.*))?$/.exec(T(i));
      if (!m) continue;
      const desc = [m[4] ?? ''];
      for (let j = i + 1; j < lines.length && !/^([A-Za-z]+)\s+(String|Integer|Long)\s+(是|否)/.test(T(j)) && !/^(示例){1,2}$|^名称/.test(T(j)); j++) desc.push(T(j));
      commonParams.push({ name: m[1], type: m[2], required: m[3] === '是', description: cleanDesc(desc) });
    }
  }
  return {
    source: ['gateway-errors.md', 'manual 4.2 公共参数', 'manual 3 错误码表'],
    commonParams,
    errors,
    specCommonErrors: specErrors,
  };
}

function parseQps() {
  const out = {};
  for (const a of actions) {
    const q = a.qps_per_account;
    if (!q) out[a.action] = null;
    else if (/^\d+$/.test(q)) out[a.action] = Number(q);
    else {
      const m = /^(\d+)\s*\/\s*day$/i.exec(q);
      out[a.action] = m ? { perDay: Number(m[1]) } : null;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 11. Write + summary
// ---------------------------------------------------------------------------------------------

const stable = result.map((r) => {
  const { _jsonError, manualLines, ...rest } = r;
  return { ...rest, manualLines };
});
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'actions.json'), JSON.stringify(stable, null, 2) + '\n');
writeFileSync(join(OUT, 'gateway.json'), JSON.stringify(parseGateway(), null, 2) + '\n');
writeFileSync(join(OUT, 'qps.json'), JSON.stringify(parseQps(), null, 2) + '\n');

const count = (f) => result.filter(f).length;
const summary = {
  actions: result.length,
  withRequestParams: count((r) => r.requestParams.length > 0),
  withResponseFields: count((r) => r.responseFields.length > 0),
  withRequestExample: count((r) => r.requestExample),
  withParsedJsonExample: count((r) => r.responseExample),
  withUnparsedJsonExample: count((r) => r.responseExampleRaw),
  withErrorTable: count((r) => r.errors.length > 0),
};
if (!QUIET) {
  console.log('extract-spec summary');
  for (const [k, v] of Object.entries(summary)) console.log(`  ${k.padEnd(24)} ${v}`);
  const noParams = result.filter((r) => !r.requestParams.length).map((r) => r.action);
  if (noParams.length) console.log(`  no request params: ${noParams.join(', ')}`);
  const noEx = result.filter((r) => !r.requestExample).map((r) => r.action);
  if (noEx.length) console.log(`  no request example: ${noEx.join(', ')}`);
  const noJs = result.filter((r) => !r.responseExample).map((r) => `${r.action}${r._jsonError ? ` (${r._jsonError})` : ''}`);
  if (noJs.length) console.log(`  no parsed JSON example: ${noJs.join('; ')}`);
  if (failures.length) console.log(`  failures:\n    ${failures.join('\n    ')}`);
  if (warnings.length) console.log(`  cross-check warnings (${warnings.length}):\n    ${warnings.join('\n    ')}`);
}
