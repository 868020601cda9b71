import type { Context } from '../context.js';

/**
 * The server's WWW-Authenticate offers Basic and nothing else (a package registry, a repository manager: Nexus answers
 * npm's publish with `'www-authenticate': 'BASIC realm="Sonatype Nexus Repository Manager"'`, npm/npm#20695): it asks
 * for a user name and password (RFC 7617), so the steps are about those, not a bearer token.
 */
export function basicChallengeOnly(ctx: Context): boolean {
  let basic = false;
  for (const { field, result } of ctx.challenges) {
    if (field.name === 'proxy-authenticate') continue;
    // A challenge that does not parse may have lost a Bearer one, or an error, with its rest.
    if (result.error !== null) return false;
    for (const ch of result.challenges) {
      if (ch.scheme.toLowerCase() !== 'basic') return false;
      basic = true;
    }
  }
  return basic;
}

/**
 * Whether Basic is the only credential in play: the request's Authorization is Basic and no token is in the paste, or
 * the request sent none and the server's challenge offers Basic alone. A JWT setting is then no place to look: a gateway
 * that takes Basic checks it in a Lambda authorizer of its own and answers with its own `WWW-Authenticate: Basic`
 * gateway response (cloudmailin.com/blog/basic_auth_with_aws_lambda: the authorizer compares `event.authorizationToken`
 * with `Basic <base64>`; dev.betterdoc.org's API Gateway proxy set-up adds the header to the UNAUTHORIZED response).
 */
export function basicOnly(ctx: Context): boolean {
  const scheme = ctx.authorization?.parsed.scheme;
  if (scheme !== undefined && scheme !== null) {
    // The Basic value itself is what the paste read as its token; a JWT elsewhere in the paste is one sent too.
    return (
      scheme.toLowerCase() === 'basic' &&
      ctx.otherTokens.length === 0 &&
      (ctx.token === null ||
        (ctx.token.foundIn === 'authorization-header' && ctx.token.decoded.shape.kind === 'opaque'))
    );
  }
  return ctx.token === null && basicChallengeOnly(ctx);
}

// npm (pnpm, .npmrc, npmjs) and Maven (mvn, settings.xml) as words, not letters inside an id.
const NPM = /(?:^|[^a-z0-9])p?npm(?:[^a-z0-9]|rc|js|$)/;
const MAVEN = /(?:^|[^a-z0-9])(?:maven|mvn)(?:[^a-z0-9]|$)|settings\.xml/;

/**
 * A Basic challenge's args, with the package clients the paste names (npm, Maven), whose credential settings the step
 * then names (.npmrc, settings.xml): a paste that names neither (an API gateway's Basic challenge) gets the step without
 * them. Whole words only, so that a request id's letters do not name npm; two linear scans (no nested quantifier), paid
 * only by a paste whose challenge is Basic alone.
 */
export function basicArgs(ctx: Context): { challenge: 'basic'; basicClients?: readonly ('npm' | 'maven')[] } {
  const clients: ('npm' | 'maven')[] = [];
  if (NPM.test(ctx.lower)) clients.push('npm');
  if (MAVEN.test(ctx.lower)) clients.push('maven');
  return clients.length === 0 ? { challenge: 'basic' } : { challenge: 'basic', basicClients: clients };
}
