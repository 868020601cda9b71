/**
 * Round left-k: readings the real-paste audits (audit-aa, audit-z) left. A Google access token a JWT verifier refused,
 * Cloud Run behind ESPv2, gcloud's ACCESS_TOKEN_TYPE_UNSUPPORTED, APISIX's bare token, an opaque token where a JWT is
 * wanted, Strapi's and Directus's bodies, and client code that sets the header.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const YA29 = 'ya29.GlsjBAwcRb-NJaQx3Zk9mTq7uLpV2cFhR8sWnE4yKdG0aB1oJtXvM6iHlP5rYeCfUgSwD';

describe('a Google access token where a JWT is wanted', () => {
  // GoogleCloudPlatform/java-docs-samples#590: Endpoints Frameworks' EspAuthenticator, jose4j, a ya29 token.
  const esp = `com.google.api.server.spi.auth.EspAuthenticator authenticate: Authentication failed: com.google.common.util.concurrent.UncheckedExecutionException: com.google.api.auth.UnauthenticatedException: org.jose4j.jwt.consumer.InvalidJwtException: Unable to process JOSE object (cause: org.jose4j.lang.JoseException: Invalid JOSE Compact Serialization. Expecting either 3 or 5 parts for JWS or JWE respectively but was 2.): ${YA29}`;

  it('catches: the wrong kind of token leads, not "copy it again"', async () => {
    const f = await catches('token.opaque', esp);
    expect(f.args).toMatchObject({ form: 'google-access-token' });
    expect(f.severity).toBe('error');
    const r = await run(esp);
    expect(r.findings[0]?.code).toBe('token.opaque');
    expect(r.findings.some((x) => x.code === 'token.malformed')).toBe(false);
    expect(JSON.stringify(r)).not.toContain(YA29.slice(5, 21));
  });

  it('catches not: a masked or short mention of ya29 is no token', async () => {
    await catchesNot('token.opaque', 'I get "but was 2" when I send my ya29.xxx token to the API');
  });

  it('catches not: a JWT verifier’s malformed words with no Google token stay malformed', async () => {
    await catchesNot(
      'token.opaque',
      'org.jose4j.lang.JoseException: Invalid JOSE Compact Serialization. Expecting either 3 or 5 parts for JWS or JWE respectively but was 2.',
    );
  });
});

