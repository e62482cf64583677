import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrapLists } from '../../src/client/unwrap-lists.js';
import { HANDLERS } from '../../src/sandbox/actions/index.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { FIRST_CALLS } from '../helpers/first-calls.js';
import { decodeWithModel, MODEL_SHAPES, parseXml, skeleton, type Decoded } from '../helpers/model-decode.js';
import { callSandbox } from '../helpers/signed-request.js';

// Every action's successful answer, in JSON and in XML, read with the official models' wire names and nesting
// (data/reference/response-shapes.json, independent of the list-wrapper table the sandbox encodes with): nothing
// the sandbox sent may be lost, and both formats must nest alike.

/**
 * Fields the sandbox sends beyond the models, each because the manual's response example of the action (a real
 * answer) shows it; a client typed by the models ignores them. Paths without list indexes. docs/spec-decisions.md.
 */
const BEYOND_THE_MODELS: Readonly<Record<string, readonly string[]>> = {
  GetPlayInfo: ['VideoBase.OutputType', 'VideoBase.TranscodeMode', 'PlayInfoList.PlayInfo[].PreprocessStatus'],
  ListTranscodeTemplateGroup: ['TranscodeTemplateGroupList[].TranscodeMode'],
  GetTranscodeTemplateGroup: ['TranscodeTemplateGroup.TranscodeMode'],
  GetVodTemplate: ['VodTemplateInfo.Source'],
  GetTranscodeSummary: ['TranscodeSummaryList[].TranscodeJobInfoSummaryList[].Definition', 'TranscodeSummaryList[].TranscodeJobInfoSummaryList[].Encryption'],
  DescribeVodDomainCertificateInfo: ['CertInfos.CertInfo[].SSLProtocol'],
  DescribePlayTopVideos: ['Total'],
};

/** What a typed client loses, less the documented extra fields. */
function lost(action: string, decoded: Decoded): string[] {
  const allowed = new Set(BEYOND_THE_MODELS[action] ?? []);
  return decoded.findings
    .filter((finding) => !(finding.problem.startsWith('not in the model') && allowed.has(finding.path.replace(/\[\d+\]/g, '[]'))))
    .map((finding) => `${finding.path}: ${finding.problem}`);
}

interface Outcome {
  status: number;
  text: string;
  decoded?: Decoded;
}

const FORMATS = ['JSON', 'XML'] as const;
const outcomes = { JSON: new Map<string, Outcome>(), XML: new Map<string, Outcome>() };
const sandboxes: Sandbox[] = [];

async function runAll(format: 'JSON' | 'XML'): Promise<void> {
  const sandbox = await startSandbox({ enforceQps: false });
  sandboxes.push(sandbox);
  const answers = new Map<string, Record<string, unknown>>();
  for (const call of FIRST_CALLS) {
    let params: Record<string, string>;
    try {
      params = call.params({ sandbox, answers });
    } catch (error) {
      outcomes[format].set(call.action, { status: 0, text: `no arguments: ${(error as Error).message}` });
      continue;
    }
    const answer = await callSandbox(sandbox, call.action, params, { format });
    const outcome: Outcome = { status: answer.status, text: answer.text };
    if (answer.status === 200) {
      const body = format === 'JSON' ? answer.body : (parseXml(answer.text)[`${call.action}Response`] as Record<string, unknown>);
      outcome.decoded = decodeWithModel(MODEL_SHAPES[call.action]!, body, format);
      answers.set(call.action, unwrapLists(call.action, structuredClone(outcome.decoded.value) as Record<string, unknown>));
    }
    outcomes[format].set(call.action, outcome);
  }
}

beforeAll(async () => {
  await Promise.all(FORMATS.map(runAll));
}, 120_000);
afterAll(async () => {
  for (const format of FORMATS) {
    const succeeded = [...outcomes[format].values()].filter((outcome) => outcome.status === 200).length;
    const clean = [...outcomes[format]].filter(([action, outcome]) => outcome.decoded && lost(action, outcome.decoded).length === 0).length;
    process.stderr.write(`response shapes (${format}): ${succeeded}/${HANDLERS.size} actions answered 200, ${clean} read by the official models with nothing lost\n`);
  }
  await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
});

describe('the first calls', () => {
  it('name every sandbox action exactly once', () => {
    const named = FIRST_CALLS.map((call) => call.action);
    expect(new Set(named).size).toBe(named.length);
    expect([...named].sort()).toEqual([...HANDLERS.keys()].sort());
  });
});

describe.each(FORMATS)('%s answers read with the official models', (format) => {
  it.each(FIRST_CALLS.map((call) => call.action))('%s', (action) => {
    const outcome = outcomes[format].get(action)!;
    expect(outcome.status, `${action}: ${outcome.text.slice(0, 400)}`).toBe(200);
    expect(lost(action, outcome.decoded!), `${action}: ${outcome.text.slice(0, 600)}`).toEqual([]);
  });
});

describe('XML nests as JSON does', () => {
  it.each(FIRST_CALLS.map((call) => call.action))('%s', (action) => {
    const json = outcomes.JSON.get(action)?.decoded;
    const xml = outcomes.XML.get(action)?.decoded;
    expect(json && xml, `${action} did not succeed in both formats`).toBeTruthy();
    expect(skeleton(xml!.value)).toEqual(skeleton(json!.value));
  });
});
