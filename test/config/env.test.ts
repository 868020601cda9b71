import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSlackConfigured, loadEnv, runModeOf, SLACK_SETUP_GUIDANCE } from '../../src/config/env.js';
import { ConfigError } from '../../src/errors.js';

const HTTP = { SLACK_BOT_TOKEN: 'xoxb-1111-2222-abcdef', SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5' };

function failure(
  source: Record<string, string | undefined>,
  options?: { lambda?: boolean },
): { code: string; message: string } {
  try {
    loadEnv(source, options);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    const err = e as ConfigError;
    return { code: err.code, message: err.message };
  }
  throw new Error('loadEnv accepted the environment');
}

describe('loadEnv: a valid environment', () => {
  it('fills the defaults for HTTP mode', () => {
    const env = loadEnv(HTTP);
    expect(env).toMatchObject({
      PORT: 3000,
      LOG_LEVEL: 'info',
      JWT_DIAGNOSE_SKEW_SECONDS: 60,
      JWT_DIAGNOSE_DEFAULT_LOCALE: 'en',
      JWT_DIAGNOSE_EXPECTED_ISSUERS: [],
    });
    expect(runModeOf(env)).toBe('http');
  });

  it('splits the comma-separated expectations and trims them', () => {
    const env = loadEnv({
      ...HTTP,
      JWT_DIAGNOSE_EXPECTED_ISSUERS: 'https://auth.acme-corp.com/, https://login.acme-corp.com/',
      JWT_DIAGNOSE_EXPECTED_AUDIENCES: 'https://api.acme-corp.com,',
      JWT_DIAGNOSE_EXPECTED_ALGORITHMS: 'RS256,ES256',
      JWT_DIAGNOSE_SKEW_SECONDS: '120',
      JWT_DIAGNOSE_DEFAULT_LOCALE: 'JA',
      LOG_LEVEL: 'Warn',
      PORT: '0',
    });
    expect(env.JWT_DIAGNOSE_EXPECTED_ISSUERS).toEqual(['https://auth.acme-corp.com/', 'https://login.acme-corp.com/']);
    expect(env.JWT_DIAGNOSE_EXPECTED_AUDIENCES).toEqual(['https://api.acme-corp.com']);
    expect(env.JWT_DIAGNOSE_EXPECTED_ALGORITHMS).toEqual(['RS256', 'ES256']);
    expect(env).toMatchObject({
      JWT_DIAGNOSE_SKEW_SECONDS: 120,
      JWT_DIAGNOSE_DEFAULT_LOCALE: 'ja',
      LOG_LEVEL: 'warn',
      PORT: 0,
    });
  });

  it('treats an empty string as unset', () => {
    expect(loadEnv({ ...HTTP, PORT: '', SLACK_APP_TOKEN: '' }).PORT).toBe(3000);
  });

  it('chooses Socket Mode with an app-level token, where no signing secret is needed', () => {
    const env = loadEnv({ SLACK_BOT_TOKEN: HTTP.SLACK_BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-1-A111-222-abc' });
    expect(runModeOf(env)).toBe('socket');
  });
});

describe('loadEnv: a missing or wrong value gives one line naming the variable', () => {
  it.each([
    [{ ...HTTP, SLACK_SIGNING_SECRET: undefined }, 'SLACK_SIGNING_SECRET is required in HTTP mode'],
    [{ ...HTTP, SLACK_BOT_TOKEN: undefined }, 'SLACK_BOT_TOKEN is required'],
    [{ ...HTTP, SLACK_BOT_TOKEN: 'xoxp-1111-user-token' }, 'SLACK_BOT_TOKEN must be a bot token starting with xoxb-'],
    [{ ...HTTP, SLACK_APP_TOKEN: 'xoxb-1111-not-an-app-token' }, 'SLACK_APP_TOKEN must be an app-level token'],
    [{ ...HTTP, SLACK_SIGNING_SECRET: 'has spaces in it' }, 'SLACK_SIGNING_SECRET must be the Signing Secret'],
    [{ ...HTTP, PORT: '80a' }, 'PORT must be a port number from 0 to 65535 (got "80a")'],
    [{ ...HTTP, PORT: '70000' }, 'PORT must be a port number from 0 to 65535 (got "70000")'],
    [{ ...HTTP, LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent'],
    [{ ...HTTP, JWT_DIAGNOSE_SKEW_SECONDS: '-5' }, 'JWT_DIAGNOSE_SKEW_SECONDS must be whole seconds from 0 to 86400'],
    [{ ...HTTP, JWT_DIAGNOSE_SKEW_SECONDS: '90000' }, 'JWT_DIAGNOSE_SKEW_SECONDS must be whole seconds'],
    [{ ...HTTP, JWT_DIAGNOSE_DEFAULT_LOCALE: 'fr' }, 'JWT_DIAGNOSE_DEFAULT_LOCALE must be en or ja (got "fr")'],
    [
      { ...HTTP, JWT_DIAGNOSE_EXPECTED_ALGORITHMS: 'RS256,rs384' },
      'JWT_DIAGNOSE_EXPECTED_ALGORITHMS must be JWS algorithm names as registered',
    ],
    [{ ...HTTP, JWT_DIAGNOSE_DOCS_BASE_URL: 'ftp://docs' }, 'JWT_DIAGNOSE_DOCS_BASE_URL must be an http(s) URL'],
    [{ ...HTTP, SLACK_BOT_ID: 'U123' }, 'SLACK_BOT_ID must be a bot id'],
    [{ ...HTTP, SLACK_BOT_USER_ID: 'B123' }, 'SLACK_BOT_USER_ID must be the bot user id'],
  ])('%j → "%s…"', (source, start) => {
    const { code, message } = failure(source);
    expect(code).toBe('ERR_CONFIG_INVALID');
    expect(message.startsWith(start), message).toBe(true);
    expect(message).not.toContain('\n');
  });

  it('requires the signing secret on Lambda even with an app-level token', () => {
    const { message } = failure(
      { SLACK_BOT_TOKEN: HTTP.SLACK_BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-1-A' },
      { lambda: true },
    );
    expect(message).toMatch(/^SLACK_SIGNING_SECRET is required on AWS Lambda/);
  });

  it('never prints a secret value', () => {
    const secret = 'xoxp-9999-secret-user-token';
    expect(failure({ ...HTTP, SLACK_BOT_TOKEN: secret }).message).not.toContain(secret);
    expect(failure({ ...HTTP, SLACK_SIGNING_SECRET: 'a b c d e f g h' }).message).not.toContain('a b c');
  });

  it('points to the CLI when a credential is missing', () => {
    expect(failure({ ...HTTP, SLACK_SIGNING_SECRET: undefined }).message).toContain('npx jwt-diagnose');
  });
});

describe('no Slack variables at all', () => {
  it('is recognised, so the process can print the guidance', () => {
    expect(isSlackConfigured({ PORT: '3000', JWT_DIAGNOSE_SKEW_SECONDS: '30' })).toBe(false);
    expect(isSlackConfigured({ SLACK_BOT_TOKEN: '' })).toBe(false);
    expect(isSlackConfigured({ SLACK_BOT_ID: 'B1' })).toBe(true);
  });

  it('fails loadEnv with one line that points to the CLI', () => {
    const { message } = failure({});
    expect(message).toContain('npx jwt-diagnose');
    expect(message).not.toContain('\n');
  });

  it('has guidance naming every variable to set and the CLI', () => {
    for (const name of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'PORT']) {
      expect(SLACK_SETUP_GUIDANCE).toContain(name);
    }
    expect(SLACK_SETUP_GUIDANCE).toContain('npx jwt-diagnose');
  });
});

describe('configuration boundary', () => {
  const SRC = join(import.meta.dirname, '../../src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
  // The CLI predates this rule and reads NO_COLOR/TERM through its injected io.env (src/cli/bin.ts).
  const scoped = [...files(join(SRC, 'slack')), join(SRC, 'log.ts')];

  it.each(scoped.map((f) => [relative(SRC, f), f]))('%s does not read process.env', (_name, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/process\.env/);
  });
});

describe('loadEnv: the issuers whose keys the app may fetch', () => {
  it('fetches nothing by default, with a 1.5 s request timeout', () => {
    expect(loadEnv(HTTP)).toMatchObject({
      JWT_DIAGNOSE_TRUSTED_ISSUERS: [],
      JWT_DIAGNOSE_ALLOW_HTTP_HOSTS: [],
      JWT_DIAGNOSE_KEY_TIMEOUT_MS: 1500,
    });
  });

  it('reads issuers to discover and issuer=JWKS URL pairs', () => {
    const env = loadEnv({
      ...HTTP,
      JWT_DIAGNOSE_TRUSTED_ISSUERS: 'https://auth.acme-corp.com/, orders=https://keys.acme-corp.com/orders.json?v=2',
      JWT_DIAGNOSE_KEY_TIMEOUT_MS: '800',
    });
    expect(env.JWT_DIAGNOSE_TRUSTED_ISSUERS).toEqual([
      { issuer: 'https://auth.acme-corp.com/', jwksUri: null },
      { issuer: 'orders', jwksUri: 'https://keys.acme-corp.com/orders.json?v=2' },
    ]);
    expect(env.JWT_DIAGNOSE_KEY_TIMEOUT_MS).toBe(800);
  });

  it('accepts an http issuer only when its host is allowed', () => {
    const env = loadEnv({
      ...HTTP,
      JWT_DIAGNOSE_TRUSTED_ISSUERS: 'http://keycloak.internal:8080/realms/dev',
      JWT_DIAGNOSE_ALLOW_HTTP_HOSTS: 'keycloak.internal',
    });
    expect(env.JWT_DIAGNOSE_ALLOW_HTTP_HOSTS).toEqual(['keycloak.internal']);
    expect(
      failure({ ...HTTP, JWT_DIAGNOSE_TRUSTED_ISSUERS: 'http://keycloak.internal:8080/realms/dev' }).message,
    ).toMatch(
      /^JWT_DIAGNOSE_TRUSTED_ISSUERS has http:\/\/keycloak\.internal:8080, which is not https; use https or add keycloak\.internal:8080 to JWT_DIAGNOSE_ALLOW_HTTP_HOSTS/,
    );
  });

  it.each([
    ['JWT_DIAGNOSE_TRUSTED_ISSUERS', 'auth.acme-corp.com', /must be comma-separated issuer URLs/],
    ['JWT_DIAGNOSE_TRUSTED_ISSUERS', 'https://a.example/, nope', /cannot read "nope"/],
    ['JWT_DIAGNOSE_ALLOW_HTTP_HOSTS', 'http://keycloak.internal/', /must be comma-separated host names/],
    ['JWT_DIAGNOSE_KEY_TIMEOUT_MS', '50', /must be milliseconds from 100 to 10000/],
    ['JWT_DIAGNOSE_KEY_TIMEOUT_MS', '60000', /must be milliseconds from 100 to 10000/],
  ])('stops the start on a bad %s (%j) with one line naming it', (name, value, message) => {
    const { code, message: text } = failure({ ...HTTP, [name]: value });
    expect(code).toBe('ERR_CONFIG_INVALID');
    expect(text.startsWith(name)).toBe(true);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });
});
