import { describe, expect, it } from 'vitest';
import { discoveryUrls } from '../../src/keys/discovery.js';
import {
  findTrustedIssuer,
  isHostEntry,
  parseTrustedIssuer,
  sameIssuer,
  schemeAllowed,
} from '../../src/keys/trusted-issuers.js';

describe('trusted issuers: reading an entry', () => {
  it.each([
    ['https://auth.acme-corp.com/', { issuer: 'https://auth.acme-corp.com/', jwksUri: null }],
    [
      '  https://login.acme-corp.com/realms/prod  ',
      { issuer: 'https://login.acme-corp.com/realms/prod', jwksUri: null },
    ],
    [
      'https://sts.windows.net/0f1e/=https://login.microsoftonline.com/0f1e/discovery/keys?appid=8d7c',
      {
        issuer: 'https://sts.windows.net/0f1e/',
        jwksUri: 'https://login.microsoftonline.com/0f1e/discovery/keys?appid=8d7c',
      },
    ],
    [
      'orders-service=https://keys.acme-corp.com/orders.json',
      { issuer: 'orders-service', jwksUri: 'https://keys.acme-corp.com/orders.json' },
    ],
  ])('reads %j', (entry, value) => {
    expect(parseTrustedIssuer(entry)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['auth.acme-corp.com', 'issuer-not-url'],
    ['https://auth.acme-corp.com/?tenant=1', 'issuer-not-url'],
    ['ftp://auth.acme-corp.com/', 'issuer-not-url'],
    ['https://user:pass@auth.acme-corp.com/', 'issuer-not-url'],
    ['orders=https://', 'jwks-not-url'],
  ])('refuses %j (%s)', (entry, problem) => {
    expect(parseTrustedIssuer(entry)).toEqual({ ok: false, problem });
  });
});

describe('trusted issuers: matching a token’s iss', () => {
  const trusted = [{ issuer: 'https://auth.acme-corp.com/', jwksUri: null }];
  it('matches exactly, or up to one trailing slash', () => {
    expect(findTrustedIssuer(trusted, 'https://auth.acme-corp.com/')).toBe(trusted[0]);
    expect(findTrustedIssuer(trusted, 'https://auth.acme-corp.com')).toBe(trusted[0]);
    expect(sameIssuer('https://a.example/x', 'https://a.example/x/')).toBe(true);
  });
  it.each([
    null,
    'https://auth.acme-corp.com//',
    'https://Auth.acme-corp.com/',
    'http://auth.acme-corp.com/',
    'https://auth.acme-corp.com.evil.example/',
    'https://auth.acme-corp.com/x',
  ])('does not match %j', (iss) => {
    expect(findTrustedIssuer(trusted, iss)).toBeNull();
  });
});

describe('the http allow-list', () => {
  it('allows https always and http only for a listed host (and port, when listed with one)', () => {
    expect(schemeAllowed(new URL('https://a.example/k'), [])).toBe(true);
    expect(schemeAllowed(new URL('http://a.example/k'), [])).toBe(false);
    expect(schemeAllowed(new URL('http://keys.internal:8080/k'), ['keys.internal'])).toBe(true);
    expect(schemeAllowed(new URL('http://keys.internal:8080/k'), ['keys.internal:8080'])).toBe(true);
    expect(schemeAllowed(new URL('http://keys.internal:9090/k'), ['keys.internal:8080'])).toBe(false);
    expect(schemeAllowed(new URL('file:///etc/passwd'), ['localhost'])).toBe(false);
  });
  it.each([
    ['keys.internal', true],
    ['127.0.0.1:8080', true],
    ['[::1]:8080', true],
    ['http://keys.internal', false],
    ['keys.internal/path', false],
    ['', false],
    [`${'a'.repeat(63)}.internal`, true],
    // A JWT with no `_` is letters, digits, `-` and dots: its long parts are no DNS labels (RFC 1035: at most 63).
    [
      `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.${'x'.repeat(86)}`,
      false,
    ],
    [`${'a'.repeat(64)}.internal`, false],
  ])('reads host entry %j as %s', (entry, ok) => {
    expect(isHostEntry(entry)).toBe(ok);
  });
});

describe('discovery URLs', () => {
  it('tries OpenID Connect, then RFC 8414 with the path after the well-known segment', () => {
    expect(discoveryUrls('https://login.acme-corp.com/realms/prod/')).toEqual([
      'https://login.acme-corp.com/realms/prod/.well-known/openid-configuration',
      'https://login.acme-corp.com/.well-known/oauth-authorization-server/realms/prod',
    ]);
    expect(discoveryUrls('https://auth.acme-corp.com')).toEqual([
      'https://auth.acme-corp.com/.well-known/openid-configuration',
      'https://auth.acme-corp.com/.well-known/oauth-authorization-server',
    ]);
  });
});
