import type { App } from '@modelcontextprotocol/ext-apps';
import type { CallToolResult } from '@modelcontextprotocol/client';
import { connectView, structuredOf } from '../shared/app.js';
import { el, safeUrl, show, untrusted } from '../shared/dom.js';
import { clock, position, sceneColor, timelineSpan, topFinding, type Frame, type Review } from './review.js';

const root = document.getElementById('app')!;
// The result can arrive while connect() is still settling: everything that calls the host awaits the connection.
const connected: Promise<App> = connectView('audit-review', { onResult: (result) => void render(result) });
await connected;

async function render(result: CallToolResult): Promise<void> {
  const review = structuredOf(result) as Review | undefined;
  if (!review?.VideoId) {
    show(root, el('p', { className: 'muted', text: 'No audit to show: see the tool result text.' }));
    return;
  }
  const duration = await videoDuration(review.VideoId);
  const span = timelineSpan(review, duration);
  show(
    root,
    header(review),
    review.ReviewStatus === 'Audited' ? timeline(review, span, duration !== undefined) : el('p', { className: 'muted', text: `Review status: ${review.ReviewStatus ?? 'unknown'}` }),
    frameList(review),
    findings(review),
    audio(review),
    manualReview(review),
    review.NextStep ? el('p', { className: 'next-step', text: review.NextStep }) : null,
    decision(review.VideoId),
  );
}

/** The video's duration from get_video_info, called through the host; the timeline falls back without it. */
async function videoDuration(videoId: string): Promise<number | undefined> {
  try {
    const info = await (await connected).callServerTool({ name: 'get_video_info', arguments: { VideoId: videoId } });
    const video = (structuredOf(info)?.Video ?? {}) as { Duration?: unknown };
    const duration = Number(video.Duration);
    return Number.isFinite(duration) && duration > 0 ? duration : undefined;
  } catch {
    return undefined;
  }
}

function header(review: Review): HTMLElement {
  const suggestion = review.Suggestion ?? 'none';
  return el('header', {}, [
    el('h1', { text: 'Audit review' }),
    el('div', { className: 'summary' }, [
      el('span', { className: `badge suggestion-${suggestion}`, text: `AI suggests: ${suggestion}`, attrs: { 'data-suggestion': suggestion } }),
      review.Label ? el('span', { className: 'muted', text: `labels ${review.Label}` }) : null,
      review.ManualReview?.Status ? el('span', { className: 'badge', text: `now ${review.ManualReview.Status}`, attrs: { 'data-manual-status': review.ManualReview.Status } }) : null,
      el('span', { className: 'mono muted', text: review.VideoId }),
    ]),
  ]);
}

function timeline(review: Review, span: number, known: boolean): HTMLElement {
  const frames = review.Frames ?? [];
  const track = el('div', { className: 'track', attrs: { 'data-span': String(span) } });
  for (const frame of frames) track.append(marker(frame, span));
  for (const segment of review.Audio?.Segments ?? []) {
    if (segment.StartTime === undefined) continue;
    const band = el('div', { className: 'audio-band', title: `audio ${segment.Label ?? ''} ${clock(segment.StartTime)}` });
    band.style.left = `${position(segment.StartTime, span)}%`;
    band.style.width = `${Math.max(0.5, position((segment.EndTime ?? segment.StartTime) - segment.StartTime, span))}%`;
    track.append(band);
  }
  const ticks = el('div', { className: 'ticks' }, [el('span', { text: '0:00.0' }), el('span', { text: `${clock(span)}${known ? '' : ' (last finding)'}` })]);
  return el('section', { className: 'timeline' }, [el('h2', { text: `Timeline: ${review.FramesTotal ?? frames.length} flagged frame(s)` }), track, ticks]);
}

function marker(frame: Frame, span: number): HTMLElement {
  const top = topFinding(frame);
  const second = frame.Second ?? 0;
  const node = el('div', {
    className: 'marker',
    title: `${clock(second)} ${top?.Scene ?? ''}/${top?.Label ?? ''} ${top?.Score ?? ''}`,
    attrs: { 'data-timestamp': frame.Timestamp ?? '', 'data-second': String(second), 'data-scene': top?.Scene ?? '', 'data-label': top?.Label ?? '' },
  });
  node.style.left = `${position(second, span)}%`;
  node.style.borderColor = sceneColor(top?.Scene);
  // A higher score reads stronger: the score (0-100) sets the marker's opacity from 0.45 to 1.
  node.style.opacity = String(0.45 + 0.55 * Math.min(1, (top?.Score ?? 50) / 100));
  const url = safeUrl(frame.Url);
  node.append(url ? el('img', { attrs: { src: url, alt: `frame at ${clock(second)}`, loading: 'eager' } }) : el('div', { className: 'no-thumb', text: '?' }));
  return node;
}

function frameList(review: Review): HTMLElement | null {
  const frames = review.Frames ?? [];
  if (!frames.length) return null;
  const items = frames.map((frame) =>
    el('li', { attrs: { 'data-frame': frame.Timestamp ?? '' } }, [
      el('span', { className: 'mono', text: clock(frame.Second ?? 0) }),
      ...(frame.Findings ?? []).map((finding) => {
        const chip = el('span', { className: 'chip', text: `${finding.Scene ?? '?'} / ${finding.Label ?? '?'}${finding.Score === undefined ? '' : ` ${finding.Score}`}` });
        chip.style.borderColor = sceneColor(finding.Scene);
        return chip;
      }),
    ]),
  );
  const more = review.FramesLeftOut ? el('li', { className: 'muted', text: `${review.FramesLeftOut} more flagged frame(s) not listed (MaxFrames).` }) : null;
  return el('section', {}, [el('h2', { text: 'Flagged frames' }), el('ul', { className: 'frames' }, [...items, more])]);
}

function findings(review: Review): HTMLElement | null {
  const others = review.OtherFindings ?? [];
  const reasons = review.Reasons ?? [];
  if (!others.length && !reasons.length) return null;
  const reasonRows = reasons.map((reason) =>
    el('tr', {}, [el('td', { text: reason.Scene }), el('td', { text: reason.Label }), el('td', { text: reason.Count }), el('td', { text: reason.MaxScore }), el('td', { text: reason.Suggestion })]),
  );
  const otherItems = others.map((other) => {
    const url = safeUrl(other.Url);
    return el('li', { className: 'other', attrs: { 'data-module': other.Module ?? '' } }, [
      url ? el('img', { attrs: { src: url, alt: `${other.Module ?? ''} ${other.Type ?? ''}` } }) : null,
      el('span', { text: `${other.Module ?? '?'}${other.Type ? ` (${other.Type})` : ''}: ` }),
      untrusted(other.Label),
      el('span', { className: 'muted', text: ` ${other.Suggestion ?? ''}${other.Score === undefined ? '' : ` ${other.Score}`}` }),
    ]);
  });
  return el('section', { className: 'findings' }, [
    reasons.length ? el('h2', { text: 'Reasons' }) : null,
    reasons.length ? el('table', {}, [el('thead', {}, [el('tr', {}, ['Scene', 'Label', 'Count', 'Max score', 'Suggestion'].map((title) => el('th', { text: title })))]), el('tbody', {}, reasonRows)]) : null,
    others.length ? el('h2', { text: 'Image and text findings' }) : null,
    others.length ? el('ul', { className: 'others' }, otherItems) : null,
  ]);
}

function audio(review: Review): HTMLElement | null {
  const audioResult = review.Audio;
  if (!audioResult || !(audioResult.Segments ?? []).length) return null;
  const segments = (audioResult.Segments ?? []).map((segment) =>
    el('li', { attrs: { 'data-audio': String(segment.StartTime ?? '') } }, [
      el('span', { className: 'mono', text: `${clock(segment.StartTime ?? 0)}-${clock(segment.EndTime ?? segment.StartTime ?? 0)} ` }),
      el('span', { className: 'chip', text: segment.Label ?? '?' }),
      ' ',
      untrusted(segment.Text),
    ].map((part) => (typeof part === 'string' ? document.createTextNode(part) : part))),
  );
  const more = audioResult.SegmentsLeftOut ? el('li', { className: 'muted', text: `${audioResult.SegmentsLeftOut} more segment(s).` }) : null;
  return el('section', {}, [el('h2', { text: `Audio: ${audioResult.Suggestion ?? 'no suggestion'}${audioResult.Label ? ` (${audioResult.Label})` : ''}` }), el('ul', { className: 'audio' }, [...segments, more])]);
}

function manualReview(review: Review): HTMLElement | null {
  const histories = review.ManualReview?.Histories ?? [];
  if (!histories.length) return null;
  return el('section', {}, [
    el('h2', { text: `Manual reviews (${review.ManualReview?.Total ?? histories.length})` }),
    el(
      'ul',
      { className: 'history' },
      histories.map((entry) =>
        el('li', {}, [el('span', { className: 'mono muted', text: `${entry.CreationTime ?? ''} ` }), el('strong', { text: `${entry.Status ?? ''} ` }), untrusted(entry.Reason), entry.Comment ? el('br') : null, entry.Comment ? untrusted(entry.Comment, 'untrusted muted') : null]),
      ),
    ),
  ]);
}

/**
 * Pass or block: a create_audit call through the host. The server asks the person for confirmation (its elicitation
 * or in-band form, shown by the host, not by this view); nothing is recorded without their yes.
 */
function decision(videoId: string): HTMLElement {
  const reason = el('input', { attrs: { type: 'text', maxlength: '128', placeholder: 'Reason (optional)', 'aria-label': 'Reason' } });
  const status = el('p', { className: 'status', attrs: { role: 'status', 'data-decision-status': '' } });
  const pass = el('button', { text: 'Pass (Normal)', attrs: { 'data-action': 'pass' } });
  const block = el('button', { className: 'danger', text: 'Block', attrs: { 'data-action': 'block' } });
  const decide = (auditStatus: 'Normal' | 'Blocked') => async () => {
    pass.disabled = block.disabled = true;
    status.textContent = 'Waiting for confirmation in the host...';
    status.dataset.decisionStatus = 'pending';
    const entry: Record<string, string> = { VideoId: videoId, Status: auditStatus };
    if (reason.value.trim()) entry.Reason = reason.value.trim();
    try {
      const result = await (await connected).callServerTool({ name: 'create_audit', arguments: { AuditContent: [entry] } }, { timeout: 600_000 });
      const text = (result.content ?? []).map((item) => (item.type === 'text' ? item.text : '')).join('\n');
      if (result.isError) {
        status.textContent = `Not recorded: ${text}`;
        status.dataset.decisionStatus = 'not-recorded';
      } else if (structuredOf(result)?.confirmationRequired === true) {
        // The token flow (a host that cannot show forms): the person confirms in the conversation; this view never
        // repeats the call with the token itself.
        status.textContent = `Nothing recorded yet: confirm in the conversation. ${text}`;
        status.dataset.decisionStatus = 'needs-confirmation';
      } else {
        status.textContent = `Recorded: ${auditStatus}.`;
        status.dataset.decisionStatus = 'recorded';
      }
    } catch (error) {
      status.textContent = `Not recorded: ${(error as Error).message}`;
      status.dataset.decisionStatus = 'not-recorded';
    } finally {
      pass.disabled = block.disabled = false;
    }
  };
  pass.onclick = decide('Normal');
  block.onclick = decide('Blocked');
  return el('section', { className: 'decision' }, [el('h2', { text: 'Decision' }), el('div', { className: 'buttons' }, [reason, pass, block]), status]);
}
