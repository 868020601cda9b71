import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { App } from '@slack/bolt';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { SlackDeps } from '../../src/slack/deps.js';
import { COMMAND as COMMAND_IN_APP } from '../../src/slack/listeners/commands/index.js';
import { registerListeners } from '../../src/slack/listeners/index.js';
import { SHORTCUT_CALLBACK_ID } from '../../src/slack/listeners/shortcuts/index.js';
import { EVENTS_PATH } from '../../src/slack/receivers.js';

/**
 * manifest.yml (HTTP mode) and manifest.socket-mode.yml against Slack's published manifest schema (v1, draft-07,
 * slackapi/manifest-schema, MIT; an offline copy in ../shared/reference), against each other, and against what the
 * app in src/slack/ registers and calls.
 */
const ROOT = join(import.meta.dirname, '../..');
const SCHEMA_PATH = join(ROOT, '../shared/reference/slack-manifest.schema.json');
const SLACK_SRC = join(ROOT, 'src/slack');

/** The bot scopes, exactly: the comment at the top of manifest.yml says why each is there. */
const BOT_SCOPES = ['commands', 'chat:write', 'users:read'];
const COMMAND = '/jwt-diagnose';
const SHORTCUT = { name: 'Diagnose 401/403', type: 'message', callback_id: 'diagnose_message' };
const EVENTS_URL = 'https://YOUR_HOST/slack/events';

// The parts of the manifest this test reads (the schema checks the rest).
interface Manifest {
  display_information: { name: string; description?: string; long_description?: string; background_color?: string };
  features: {
    bot_user: { display_name: string; always_online?: boolean };
    slash_commands: Array<{
      command: string;
      url?: string;
      description: string;
      usage_hint?: string;
      should_escape?: boolean;
    }>;
    shortcuts: Array<{ name: string; type: string; callback_id: string; description: string }>;
    event_subscriptions?: unknown;
  };
  oauth_config: { scopes: { bot: string[]; user?: string[] } };
  settings: {
    interactivity: { is_enabled: boolean; request_url?: string };
    event_subscriptions?: unknown;
    org_deploy_enabled: boolean;
    socket_mode_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

function load(file: string): Manifest {
  return parse(readFileSync(join(ROOT, file), 'utf8')) as Manifest;
}
const http = load('manifest.yml');
const socket = load('manifest.socket-mode.yml');

function validator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#'); // Ajv's default class is draft-07
  // strict: false because the schema uses non-standard keywords (`_note`, `requires`, `regex`) and would fail
  // strictTypes; `uri` is used only for a `$schema` property the manifests do not set.
  const ajv = new Ajv({ strict: false, allErrors: true, formats: { uri: true } });
  // `regex` is Slack's own keyword (background_color's #rgb/#rrggbb pattern): enforce it rather than ignore it.
  ajv.addKeyword({
    keyword: 'regex',
    type: 'string',
    schemaType: 'string',
    validate: (pattern: string, data: string) => new RegExp(pattern).test(data),
  });
  return ajv.compile(schema);
}
const validate = validator();
function errorsOf(manifest: unknown): string[] {
  return validate(manifest) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

describe.each([
  ['manifest.yml', http],
  ['manifest.socket-mode.yml', socket],
] as const)('%s', (_file, manifest) => {
  it("is valid against Slack's manifest schema", () => {
    expect(errorsOf(manifest)).toEqual([]);
  });

  it('declares the slash command, the message shortcut and a bot user', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([COMMAND]);
    const [command] = manifest.features.slash_commands;
    expect(command?.description).toBeTruthy();
    expect(command?.usage_hint).toBeTruthy();
    expect(command?.should_escape).toBe(false); // the app unescapes &lt; &gt; &amp; itself
    expect(manifest.features.shortcuts).toEqual([expect.objectContaining(SHORTCUT)]);
    expect(manifest.features.bot_user.display_name).toBe('jwt-diagnose');
    expect(manifest.display_information.name).toBe('jwt-diagnose');
  });

  it('asks for exactly the minimal bot scopes and no user scopes', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(BOT_SCOPES);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it('enables interactivity (shortcut, modal, buttons) and subscribes to no events', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.event_subscriptions).toBeUndefined();
    expect(manifest.settings.event_subscriptions).toBeUndefined();
  });

  it('uses a static bot token: no token rotation, no org-wide deployment', () => {
    expect(manifest.settings.token_rotation_enabled).toBe(false);
    expect(manifest.settings.org_deploy_enabled).toBe(false);
  });
});

describe('HTTP mode vs Socket Mode', () => {
  it('HTTP mode sends the command and interactions to POST /slack/events', () => {
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(http.features.slash_commands[0]?.url).toBe(EVENTS_URL);
    expect(http.settings.interactivity.request_url).toBe(EVENTS_URL);
  });

  it('Socket Mode is the same manifest with socket_mode_enabled and without the URLs', () => {
    expect(socket.settings.socket_mode_enabled).toBe(true);
    const expected = structuredClone(http);
    delete expected.features.slash_commands[0]?.url;
    delete expected.settings.interactivity.request_url;
    expected.settings.socket_mode_enabled = true;
    expect(socket).toEqual(expected);
  });
});

describe('the schema check itself', () => {
  const broken = (mutate: (m: Manifest) => void): Manifest => {
    const m = structuredClone(http);
    mutate(m);
    return m;
  };
  it.each([
    [
      'a shortcut name over 24 characters',
      (m: Manifest) => {
        (m.features.shortcuts[0] as { name: string }).name = 'Diagnose 401/403 failures';
      },
      '/features/shortcuts/0/name',
    ],
    [
      'a command without the slash',
      (m: Manifest) => {
        (m.features.slash_commands[0] as { command: string }).command = 'jwt-diagnose';
      },
      '/features/slash_commands/0/command',
    ],
    [
      'a misspelt setting',
      (m: Manifest) => {
        (m.settings as unknown as Record<string, unknown>).socket_mode = true;
      },
      '/settings',
    ],
    [
      'a colour that is not #rgb/#rrggbb',
      (m: Manifest) => {
        m.display_information.background_color = 'navy';
      },
      '/display_information/background_color',
    ],
    [
      'a long description under 175 characters',
      (m: Manifest) => {
        m.display_information.long_description = 'Short.';
      },
      '/display_information/long_description',
    ],
  ])('rejects %s', (_what, mutate, path) => {
    expect(errorsOf(broken(mutate)).join('\n')).toContain(path);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Against the app: what src/slack/ registers, and which Web API methods it calls (→ the scopes it needs).

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|mts|cts)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}
/** src/slack/ with comments removed, so a mention in a comment neither counts as a registration nor as a call. */
function slackSource(): Array<{ file: string; code: string }> {
  expect(existsSync(SLACK_SRC), 'src/slack/ (the Slack app) is missing').toBe(true);
  return sourceFiles(SLACK_SRC).map((p) => ({
    file: relative(ROOT, p),
    code: readFileSync(p, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1'),
  }));
}

/**
 * Bot scope each Web API method needs (Slack's method reference pages). A method missing from this table fails the
 * test below: add it with its scope (or null) and update the manifests.
 */
const METHOD_SCOPES: Record<string, string | null> = {
  'auth.test': null,
  'views.open': null,
  'views.update': null,
  'views.push': null,
  'views.publish': null,
  'users.info': 'users:read',
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.update': 'chat:write',
  'chat.delete': 'chat:write',
  'conversations.info': 'channels:read',
  'conversations.members': 'channels:read',
};
function webApiCalls(code: string): string[] {
  const calls = new Set<string>();
  // client.users.info(...), app.client.chat.postEphemeral(...), ({ client }) => client.views.open(...)
  for (const m of code.matchAll(/\bclient\s*\.\s*([a-z]+(?:\s*\.\s*[a-zA-Z]+)+)\s*\(/g))
    calls.add((m[1] ?? '').replace(/\s/g, ''));
  for (const m of code.matchAll(/\bapiCall\s*\(\s*['"`]([\w.]+)['"`]/g)) calls.add(m[1] ?? '');
  // Bolt's say() is chat.postMessage.
  if (/\bsay\s*\(/.test(code)) calls.add('chat.postMessage');
  return [...calls];
}

/** What registerListeners() asks of Bolt, recorded by a stand-in App: the surfaces the app really answers. */
function registrations(): Array<[string, unknown]> {
  const seen: Array<[string, unknown]> = [];
  const record =
    (kind: string) =>
    (constraint: unknown): void => {
      seen.push([kind, constraint]);
    };
  const stub = {
    command: record('command'),
    shortcut: record('shortcut'),
    view: record('view'),
    action: record('action'),
    event: record('event'),
    message: record('message'),
    options: record('options'),
    function: record('function'),
    assistant: record('assistant'),
    use: record('use'),
  };
  registerListeners(stub as unknown as App, {} as SlackDeps);
  return seen;
}

describe('the manifest matches the app in src/slack/', () => {
  const seen = registrations();
  const of = (kind: string): unknown[] => seen.filter(([k]) => k === kind).map(([, c]) => c);

  it(`the app registers exactly the manifest's slash command (${COMMAND})`, () => {
    expect(COMMAND_IN_APP).toBe(COMMAND);
    expect(of('command')).toEqual(http.features.slash_commands.map((c) => c.command));
  });

  it(`the app registers exactly the manifest's message shortcut (callback_id ${SHORTCUT.callback_id})`, () => {
    expect(SHORTCUT_CALLBACK_ID).toBe(SHORTCUT.callback_id);
    expect(of('shortcut')).toEqual(
      http.features.shortcuts.map((s) => ({ type: `${s.type}_action`, callback_id: s.callback_id })),
    );
  });

  it('the app listens to no Events API events, matching a manifest without event_subscriptions', () => {
    expect([...of('event'), ...of('message'), ...of('function'), ...of('assistant')]).toEqual([]);
    expect(
      of('view').length + of('action').length,
      'the modal and the Share button need interactivity',
    ).toBeGreaterThan(0);
  });

  it("the app serves Slack on the path of the manifest's request URLs", () => {
    expect(EVENTS_PATH).toBe('/slack/events');
    expect(http.features.slash_commands[0]?.url?.endsWith(EVENTS_PATH)).toBe(true);
    expect(http.settings.interactivity.request_url?.endsWith(EVENTS_PATH)).toBe(true);
  });

  it('the bot scopes are exactly commands + what the Web API calls in src/slack/ need', () => {
    const calls = [...new Set(slackSource().flatMap((s) => webApiCalls(s.code)))].sort();
    expect(calls, 'the locale lookup and the reply fallback').toEqual(
      expect.arrayContaining(['users.info', 'chat.postEphemeral']),
    );
    const unknown = calls.filter((c) => !(c in METHOD_SCOPES));
    expect(unknown, 'Web API methods with no entry in METHOD_SCOPES').toEqual([]);
    const needed = new Set(['commands', ...calls.flatMap((c) => METHOD_SCOPES[c] ?? [])]);
    expect([...needed].sort(), `calls: ${calls.join(', ')}`).toEqual([...BOT_SCOPES].sort());
  });
});
