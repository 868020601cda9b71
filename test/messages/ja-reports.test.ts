import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/main.js';
import { FINDING_CODES } from '../../src/engine/codes.js';
import { normalizePaste } from '../../src/engine/normalize.js';
import type { Catalogue } from '../../src/messages/catalogue.js';
import { en } from '../../src/messages/en/index.js';
import { ja } from '../../src/messages/ja/index.js';

/**
 * Issue 3, end to end: `jwt-diagnose --locale ja` on every shipped example and every shared case prints a
 * Japanese report, in text, blocks and JSON. What may stay English is taken out first — finding codes,
 * claim, header and parameter names, evidence (text: the 根拠/裏付け lines; blocks: inline code), quoted
 * values, the values a finding's args carry verbatim (server descriptions, product and library names),
 * URLs, ISO times, fingerprints, docs paths, option names — and what is left must hold no run of three
 * English words, no English duration ("8m ago") and none of the English catalogue's one-word labels.
 *
 * The detector is calibrated on the English report of the same inputs: it must flag nearly every
 * title, detail and step there, or it would be passing Japanese output by being blind.
 *
 * Evidence is taken out above because a quote of the paste stays as it is; what the engine says about the
 * paste (a note: "‹token …› signature masked") is checked on its own, against the English report: a line
 * the same in both must quote the paste or a claim, a line that differs must be Japanese. The same quote
 * test must reject every English note, or it would be passing English notes by being blind.
 */

const ROOT = join(import.meta.dirname, '../..');
const SHARED_CASES = join(ROOT, '../shared/cases');
const NOW = '2026-05-28T14:10:00Z';

interface Input {
  name: string;
  file: string;
  args: string[];
}

const examples: Input[] = readdirSync(join(ROOT, 'examples'))
  .sort()
  .map((f) => ({ name: `examples/${f}`, file: join(ROOT, 'examples', f), args: ['--now', NOW] }));

/** The shared cases, with their own arguments; none when ../shared is not checked out. */
const sharedCases: Input[] = existsSync(SHARED_CASES)
  ? readdirSync(SHARED_CASES)
      .sort()
      .filter((d) => existsSync(join(SHARED_CASES, d, 'case.json')) && existsSync(join(SHARED_CASES, d, 'input.txt')))
      .map((d) => {
        const dir = join(SHARED_CASES, d);
        const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { args?: string[] };
        return {
          name: `cases/${d}`,
          file: join(dir, 'input.txt'),
          args: (spec.args ?? []).map((a) => a.replaceAll('{dir}', dir)),
        };
      })
  : [];

const INPUTS = [...examples, ...sharedCases];

function io(): CliIo & { out: string; err: string } {
  const state = { out: '', err: '' };
  return Object.assign(state, {
    stdout: { write: (s: string) => (state.out += s), isTTY: false },
    stderr: { write: (s: string) => (state.err += s) },
    readStdin: async () => '',
    now: () => Date.parse(NOW),
    env: {},
    version: '0.0.0-test',
  });
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const t = io();
  const code = await runCli(argv, t);
  return { code, out: t.out, err: t.err };
}

type Format = 'text' | 'blocks' | 'json';

interface JsonFinding {
  code: string;
  title: string;
  detail: string;
  evidence: string;
  corroboration: Array<{ evidence: string }>;
  args: Record<string, unknown>;
}
interface JsonReport {
  status: number | null;
  classification: string;
  findings: JsonFinding[];
  token: { header: Record<string, unknown> | null; payload: Record<string, unknown> | null } | null;
  nextSteps: string[];
  timeClaims: Record<'exp' | 'nbf' | 'iat', { relative: string | null } | null>;
}

interface Rendered {
  text: string;
  blocks: { text: string; blocks: unknown[] };
  json: JsonReport;
}

async function renderAll(input: Input, locale: 'en' | 'ja'): Promise<Rendered> {
  const out = {} as Record<Format, string>;
  for (const format of ['text', 'blocks', 'json'] as const) {
    const r = await run([...input.args, '--locale', locale, '--format', format, input.file]);
    expect(r.err, `${input.name} ${locale} ${format}`).toBe('');
    expect(r.code, `${input.name} ${locale} ${format}`).toBe(0);
    out[format] = r.out;
  }
  return { text: out.text, blocks: JSON.parse(out.blocks), json: JSON.parse(out.json) };
}

// ---------------------------------------------------------------------------------------------------------
// What may stay English

/** Claim, header, parameter and protocol names, acronyms, and the names of what people configure. */
const NAMES = [
  ...['exp', 'nbf', 'iat', 'iss', 'aud', 'sub', 'kid', 'alg', 'enc', 'typ', 'jti', 'azp', 'scope', 'scp', 'roles'],
  ...['nonce', 'at_hash', 'token_use', 'email', 'phone_number', 'tenant_id', 'kty', 'use', 'none'],
  ...['WWW-Authenticate', 'Authorization', 'Bearer', 'Basic', 'Negotiate', 'DPoP', 'Cookie', 'Date', 'Server', 'Via'],
  ...['error_description', 'error_uri', 'error', 'realm', 'insufficient_scope', 'invalid_token', 'invalid_request'],
  ...['access_token', 'id_token', 'jwks_uri', 'token68', 'b64token', 'base64url', 'base64', 'NumericDate'],
  ...['JWT', 'JWS', 'JWE', 'JWK', 'JWKS', 'JSON', 'PEM', 'HTTP', 'RFC', 'URL', 'API', 'CLI', 'IdP', 'NTP', 'TLS'],
  ...['DNS', 'CDN', 'WAF', 'HMAC', 'RBAC', 'ARN', 'TTL', 'QA', 'UAT', 'PUBLIC KEY', 'CERTIFICATE', 'ASCII'],
  ...['ISO-8601', 'ID', 'Ray ID', 'x-amzn-*', 'cf-ray'],
];
/** Products, libraries, code and HTTP status names, written as they are. */
const PRODUCTS = [
  ...['AWS API Gateway', 'API Gateway', 'AWS WAF', 'Cloudflare', 'Envoy', 'Istio', 'Kong', 'Apigee', 'Akamai'],
  ...['OpenID Connect', 'Client Credentials', 'Spring Security', 'Microsoft Entra ID', 'Entra ID', 'Auth0', 'Okta'],
  ...[
    'ASP.NET',
    'IncludeErrorDetails = false',
    'PyJWT',
    'jsonwebtoken',
    'jose',
    'golang-jwt',
    'leeway',
    'clockTolerance',
  ],
  ...[
    'Microsoft.IdentityModel',
    'encodeURIComponent',
    'Math.floor(Date.now() / 1000)',
    'Date.now()',
    'Kerberos',
    'IIS',
  ],
  ...['npx jwt-diagnose', '/jwt-diagnose', 'jwt-diagnose', 'Unauthorized', 'Forbidden', 'sha256'],
];
/** Args whose values the messages quote as they came (the server's words, names, values); not enum words. */
const VERBATIM_ARGS = new Set([
  ...['via', 'product', 'signals', 'description', 'scope', 'iss', 'aud', 'expected', 'kid', 'available', 'value'],
  ...['against', 'markers', 'sequences', 'indicators', 'claims', 'claim', 'required', 'missing', 'granted'],
  ...['scheme', 'sent', 'challenged', 'alg', 'enc', 'characters'],
]);

/** Replaced by a mark that is not a separator, so what is taken out also breaks a run of words. */
const CUT = ' ¦ ';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * What the findings carry verbatim: their verbatim args and their evidence. (The challenge and the token
 * header are echoed as quoted values and JSON, which `stripData` takes out as such.)
 */
function verbatimOf(report: JsonReport): string[] {
  const out: string[] = [];
  for (const f of report.findings) {
    for (const [k, v] of Object.entries(f.args)) if (VERBATIM_ARGS.has(k)) out.push(...strings(v));
    out.push(f.evidence, ...f.corroboration.map((c) => c.evidence));
  }
  return out.filter((s) => s.trim().length > 1);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wordPattern(names: readonly string[]): RegExp {
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length).map(escapeRe);
  return new RegExp(`(?<![A-Za-z0-9_-])(?:${sorted.join('|')})(?![A-Za-z0-9_])`, 'g');
}
const NAMES_RE = wordPattern([...NAMES, ...PRODUCTS]);
const CODES_RE = wordPattern(FINDING_CODES);

/** Takes out the data a report quotes (values, evidence, URLs, times, codes, options), keeping the words. */
function stripData(text: string, verbatim: readonly string[]): string {
  let s = text;
  for (const v of [...verbatim].sort((a, b) => b.length - a.length)) s = s.split(v).join(CUT);
  return s
    .replace(/https?:\/\/[^\s"'|>）)]+/g, CUT)
    .replace(/"[^"\n]*"|'[^'\n]*'|“[^”\n]*”|「[^」\n]*」/g, CUT)
    .replace(/\{[^{}\n]*\}/g, CUT)
    .replace(/<[^<>\n]*>/g, CUT)
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})/g, CUT)
    .replace(/sha256:[0-9a-f]{8,}/g, CUT)
    .replace(/\bdocs\/[^\s)）]+/g, CUT)
    .replace(/(?<![\w-])--[a-z][a-z-]*(?:[ =](?:text\|json\|blocks|en\|ja))?/g, CUT)
    .replace(/\b[\w.-]+\.(?:json|pem|txt|log)\b/g, CUT)
    .replace(CODES_RE, CUT)
    .replace(/[\w-]+=/g, CUT);
}

/** The report's own lines of evidence in the text format (`根拠（ログ）: …`), whatever the catalogue's wording. */
function isEvidenceLine(line: string, cat: Catalogue): boolean {
  const t = line.trimStart();
  return t.startsWith(cat.ui.evidence) || t.startsWith(cat.ui.alsoSeen);
}

/** Every text object of a Block Kit message: the fallback, header, sections, fields and context. */
function blockTexts(msg: { text: string; blocks: unknown[] }): string[] {
  const out = [msg.text];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') out.push(o.text);
      else Object.values(o).forEach(walk);
    }
  };
  walk(msg.blocks);
  return out;
}

/** mrkdwn → plain: links, inline code (evidence, fingerprints) and emoji out, entities decoded, markers gone. */
function unMrkdwn(s: string): string {
  return s
    .replace(/<[^<>|\n]+\|[^<>\n]*>/g, CUT)
    .replace(/`[^`\n]*`/g, CUT)
    .replace(/:[a-z0-9_+-]+:/g, CUT)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\*/g, ' ')
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, ' ');
}

// ---------------------------------------------------------------------------------------------------------
// The detector

const WORD = "[A-Za-z][A-Za-z0-9_'’.-]*";
/** Three English words in a row, separated by spaces or ASCII punctuation (not by 、。 or Japanese). */
const ENGLISH_RUN = new RegExp(`${WORD}(?:[ \\t,;:/()!?&+]+${WORD}){2,}`);
/** An English duration or offset ("8m 30s", "5m ago", "in 5m") where Japanese writes 8分30秒, 5分前, 5分後. */
const ENGLISH_TIME = /(?<![\w.:-])\d+ ?(?:d|h|m|s|ms|min|sec)\b|\bago\b|\bin \d/;
/**
 * The English catalogue's labels (verdicts, severities, sources, classifications, ui words, token kinds,
 * "now"), less what may stay: one- and two-word labels slip past the three-word rule otherwise.
 */
const ENGLISH_LABELS = (() => {
  const labels = [
    ...Object.values(en.verdict),
    ...Object.values(en.severity),
    ...Object.values(en.source),
    ...Object.values(en.classification),
    ...Object.values(en.ui.tokenKind),
    ...Object.values(en.ui).filter((v): v is string => typeof v === 'string'),
    en.format.relative(0),
  ].filter((w) => /^[A-Za-z ]+$/.test(w) && !NAMES.some((n) => n.toLowerCase() === w.toLowerCase()));
  const sorted = [...new Set(labels)].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![A-Za-z0-9_-])(?:${sorted.join('|')})(?![A-Za-z0-9_-])`, 'i');
})();

/** What reads as English in `text` once what may stay English is out; null when nothing does. */
function english(text: string, verbatim: readonly string[]): string | null {
  const words = stripData(text, verbatim);
  // Labels are looked for before names go: "signed JWT" is a label even though JWT may stay.
  const label = ENGLISH_LABELS.exec(words)?.[0];
  if (label !== undefined) return label;
  const rest = words.replace(NAMES_RE, CUT);
  return ENGLISH_RUN.exec(rest)?.[0] ?? ENGLISH_TIME.exec(rest)?.[0] ?? null;
}

interface Leak {
  where: string;
  line: string;
  english: string;
}

/** Each line a person reads in the text report that still holds English. */
function textLeaks(r: Rendered, cat: Catalogue): Leak[] {
  const verbatim = verbatimOf(r.json);
  return (
    r.text
      .split('\n')
      .filter((line) => line.trim() !== '')
      // An evidence line's label and source are words to check; what follows `: ` is the quoted evidence.
      .map((line) => (isEvidenceLine(line, cat) ? line.slice(0, line.indexOf(': ')) : line))
      .flatMap((line) => {
        const e = english(line, verbatim);
        return e === null ? [] : [{ where: 'text', line, english: e }];
      })
  );
}

function blockLeaks(r: Rendered): Leak[] {
  const verbatim = verbatimOf(r.json);
  return blockTexts(r.blocks).flatMap((t) =>
    t.split('\n').flatMap((line) => {
      const e = english(unMrkdwn(line), verbatim);
      return e === null ? [] : [{ where: 'blocks', line, english: e }];
    }),
  );
}

/** The prose of the JSON report: every finding's title, detail and next steps, and the relative times. */
function jsonProse(report: JsonReport): Array<{ where: string; text: string }> {
  return [
    ...report.findings.flatMap((f) => [
      { where: `${f.code} title`, text: f.title },
      { where: `${f.code} detail`, text: f.detail },
    ]),
    ...report.nextSteps.map((s, i) => ({ where: `step ${i + 1}`, text: s })),
    ...(['exp', 'nbf', 'iat'] as const).flatMap((n) => {
      const rel = report.timeClaims[n]?.relative;
      return rel === null || rel === undefined ? [] : [{ where: `${n} relative`, text: rel }];
    }),
  ];
}

function jsonLeaks(r: Rendered): Leak[] {
  const verbatim = verbatimOf(r.json);
  return jsonProse(r.json).flatMap(({ where, text }) => {
    const e = english(text, verbatim);
    return e === null ? [] : [{ where: `json ${where}`, line: text, english: e }];
  });
}

// ---------------------------------------------------------------------------------------------------------
// Evidence: quotes of the paste, and the engine's notes about it

/** Token and secret labels, and the marks of a cut quote: what the engine puts into a quote of the paste. */
const QUOTE_MARKS = /‹[^›\n]*›|…|\.\.\.(?=$|")/g;
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/**
 * The first piece of a line of evidence that quotes nothing, or null when every piece is a quote: each
 * piece (between labels, cut marks and the "; " that joins quotes) is in the paste as the engine reads it,
 * or is a claim or header name of the decoded token and its value (`exp: 1779976931`). Case and blanks
 * are ignored: an intermediary's page is matched in lower case, and JSON is quoted compactly.
 */
function unquoted(evidence: string, paste: string, report: JsonReport): string | null {
  const text = squash(paste);
  const names = new Set([...Object.keys(report.token?.payload ?? {}), ...Object.keys(report.token?.header ?? {})]);
  for (const part of evidence.split(QUOTE_MARKS).flatMap((p) => p.split('; '))) {
    const piece = part.trim();
    if (piece === '' || text.includes(squash(piece))) continue;
    const name = /^([\w:$.-]+): /.exec(piece)?.[1];
    if (name !== undefined && names.has(name.split('.')[0] as string)) continue;
    return piece;
  }
  return null;
}

/** Each finding's evidence and corroboration in both languages, side by side (the codes are the same). */
function evidencePairs(e: JsonReport, j: JsonReport): Array<{ where: string; en: string; ja: string }> {
  return e.findings.flatMap((f, i) => {
    const g = j.findings[i] as JsonFinding;
    return [
      { where: f.code, en: f.evidence, ja: g.evidence },
      ...f.corroboration.map((c, k) => ({
        where: `${f.code} also`,
        en: c.evidence,
        ja: g.corroboration[k]?.evidence ?? '',
      })),
    ];
  });
}

const pastes = new Map(INPUTS.map((i) => [i.name, normalizePaste(readFileSync(i.file, 'utf8'))]));
const pasteOf = (name: string) => pastes.get(name) ?? '';

const show = (leaks: readonly Leak[]) => leaks.map((l) => `[${l.where}] «${l.english}» in: ${l.line}`).join('\n');

// ---------------------------------------------------------------------------------------------------------

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const rendered = new Map<string, { en: Rendered; ja: Rendered }>();

beforeAll(async () => {
  for (const input of INPUTS)
    rendered.set(input.name, { en: await renderAll(input, 'en'), ja: await renderAll(input, 'ja') });
});

function get(name: string) {
  const r = rendered.get(name);
  if (r === undefined) throw new Error(`not rendered: ${name}`);
  return r;
}

describe('jwt-diagnose --locale ja on the shipped examples and the shared cases', () => {
  it('finds the inputs', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    if (existsSync(SHARED_CASES)) expect(sharedCases.length).toBeGreaterThanOrEqual(12);
  });

  it.skipIf(sharedCases.length > 0)('skips the shared cases: ../shared is not here', () => {});

  describe.each(INPUTS.map((i) => [i.name] as const))('%s', (name) => {
    it('prints a fully Japanese text report', () => {
      const { ja: r } = get(name);
      expect(r.text).toMatch(JAPANESE);
      expect(show(textLeaks(r, ja))).toBe('');
    });

    it('prints a fully Japanese Block Kit message', () => {
      const { ja: r } = get(name);
      expect(r.blocks.text).toMatch(JAPANESE);
      expect(show(blockLeaks(r))).toBe('');
    });

    it('words every title, detail, next step and relative time of the JSON report in Japanese', () => {
      const { ja: r } = get(name);
      for (const { where, text } of jsonProse(r.json)) expect(text, where).toMatch(JAPANESE);
      expect(show(jsonLeaks(r))).toBe('');
    });

    it('words the enum values of its findings rather than echoing them (trailing-slash, masked, staging…)', () => {
      const { ja: r } = get(name);
      const echoed = r.json.findings.flatMap((f) => {
        const words = Object.entries(f.args)
          .filter(([k]) => !VERBATIM_ARGS.has(k))
          .flatMap(([, v]) => strings(v))
          .filter((v) => /[A-Za-z]{2}/.test(v) && !(FINDING_CODES as readonly string[]).includes(v));
        const prose = [f.title, f.detail, ...r.json.nextSteps].join('\n');
        return words
          .filter((w) => new RegExp(`(?<![\\w-])${escapeRe(w)}(?![\\w-])`).test(prose))
          .map((w) => `${f.code}: ${w}`);
      });
      expect(echoed).toEqual([]);
    });

    it('words the engine’s own evidence in Japanese and shows quoted evidence as it is', () => {
      const { en: e, ja: j } = get(name);
      const problems = evidencePairs(e.json, j.json).flatMap(({ where, en: a, ja: b }) => {
        // A note: worded by each catalogue, so the two differ; the Japanese one must be Japanese.
        if (a !== b) return JAPANESE.test(b) ? [] : [`[${where}] a note left unworded: ${b}`];
        // The same in both: it must be a quote, not English the engine wrote itself.
        const piece = unquoted(b, pasteOf(name), j.json);
        return piece === null ? [] : [`[${where}] «${piece}» is neither in the paste nor a claim: ${b}`];
      });
      expect(problems.join('\n')).toBe('');
      expect(j.json.findings.map((f) => f.corroboration.length)).toEqual(
        e.json.findings.map((f) => f.corroboration.length),
      );
    });

    it('finds the same codes, status and classification as in English', () => {
      const { en: e, ja: j } = get(name);
      expect(j.json.findings.map((f) => f.code)).toEqual(e.json.findings.map((f) => f.code));
      expect([j.json.status, j.json.classification]).toEqual([e.json.status, e.json.classification]);
      const codesIn = (text: string) => text.match(CODES_RE) ?? [];
      expect(codesIn(j.text)).toEqual(codesIn(e.text));
      const linked = (r: Rendered) =>
        blockTexts(r.blocks)
          .join('\n')
          .match(/\|[a-z-]+\.[a-z-]+>/g) ?? [];
      expect(linked(j)).toEqual(linked(e));
    });
  });
});

describe('the English detector is not blind', () => {
  it('flags nearly every title, detail and step of the English reports', () => {
    let prose = 0;
    const missed: string[] = [];
    for (const input of INPUTS) {
      const { en: r } = get(input.name);
      const verbatim = verbatimOf(r.json);
      for (const { where, text } of jsonProse(r.json)) {
        if (where.endsWith('relative')) continue;
        prose++;
        if (english(text, verbatim) === null) missed.push(`${input.name} ${where}: ${text}`);
      }
    }
    expect(prose).toBeGreaterThan(50);
    expect(missed.length / prose, missed.join('\n')).toBeLessThan(0.05);
  });

  it('flags the English text reports and Block Kit messages line after line', () => {
    for (const input of INPUTS) {
      const { en: r } = get(input.name);
      const textLines = r.text.split('\n').filter((l) => l.trim() !== '' && !isEvidenceLine(l, en));
      expect(textLeaks(r, en).length / textLines.length, input.name).toBeGreaterThan(0.6);
      expect(blockLeaks(r).length, input.name).toBeGreaterThan(3);
    }
  });

  it('takes none of the English notes for a quote of the paste', () => {
    const notes: string[] = [];
    const missed: string[] = [];
    for (const input of INPUTS) {
      const { en: e, ja: j } = get(input.name);
      for (const { where, en: a, ja: b } of evidencePairs(e.json, j.json)) {
        if (a === b) continue;
        notes.push(a);
        if (unquoted(a, pasteOf(input.name), e.json) === null) missed.push(`${input.name} [${where}]: ${a}`);
      }
    }
    expect(notes.length).toBeGreaterThanOrEqual(10);
    expect(missed).toEqual([]);
  });

  it('flags English relative times and one-word labels', () => {
    expect(english('exp  2026-05-28T14:02:11Z  期限切れ  8m ago', [])).not.toBeNull();
    expect(english('寿命 1h、有効期限 8分前', [])).not.toBeNull();
    expect(english('exp  期限切れ  8分前', [])).toBeNull();
    expect(english('iat  問題なし  borderline', [])).not.toBeNull();
    expect(english('証拠 (token): exp', [])).not.toBeNull();
  });
});

describe('jwt-diagnose --locale ja: usage', () => {
  it('prints the usage in Japanese', async () => {
    const r = await run(['--locale', 'ja', '--help']);
    expect(r.code).toBe(0);
    const leaks = r.out
      .split('\n')
      .filter((l) => l.trim() !== '' && !/^ {2}--/.test(l))
      .map((l) => english(l, []))
      .filter((e) => e !== null);
    expect(leaks).toEqual([]);
  });

  it.each([
    [['--bogus']],
    [['--now']],
    [['--now', 'yesterday', 'x.txt']],
    [['--format', 'xml']],
    [['--skew', 'abc']],
    [['--expect-aud', '']],
    [['a.txt', 'b.txt']],
    [['/nonexistent/paste.txt']],
    [['--jwks', join(ROOT, 'examples/expired-token.txt'), join(ROOT, 'examples/expired-token.txt')]],
  ])('words the usage error of %j in Japanese', async (argv) => {
    const r = await run(['--locale', 'ja', ...argv]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(JAPANESE);
    expect(english(r.err.replace(/^jwt-diagnose: /, '').replace(/\/[\w./-]+/g, ' '), [])).toBeNull();
  });
});
