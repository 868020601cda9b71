/**
 * Round review-31: this stop's refusal titles (round words-hh) read as an on-call engineer reads them on a phone. A
 * title opens with who answered, so an identifier there ("simplejwt rejected the token", "kafka rejected the token")
 * reads as one; a quote of a credential's fingerprint ("bad token ‹token sha256:…›") is noise beside the words before
 * it; a wrapper's words cut at the line's end ("An error occurred while attempting to decode the Jwt: Jwt…") lose the
 * reason they wrap.
 */
import { describe, expect, it } from 'vitest';
import { hasProductName, productName } from '../../src/messages/product-names.js';
import { catches } from '../helpers/catches.js';

describe('a refusal’s title names a library or a server as its makers write it', () => {
  // jazzband/djangorestframework-simplejwt: its JWTAuthentication's 401 body (authentication.py, InvalidToken).
  const SIMPLEJWT =
    'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\nWWW-Authenticate: Bearer realm="api"\n\n{"detail":"Given token not valid for any token type","code":"token_not_valid","messages":[{"token_class":"AccessToken","token_type":"access","message":"Token is invalid or expired"}]}';
  // apache/kafka SocketServer's failed SASL/OAUTHBEARER authentication, as a Splunk export shows it.
  const KAFKA =
    '2026-05-28 14:03:29,068 INFO [SocketServer brokerId=0] Failed authentication with /10.1.8.1 ({"status":"invalid_token"}) (org.apache.kafka.common.network.Selector)';
  it('catches: Simple JWT’s refusal opens its title with "Simple JWT", not its id (en and ja)', async () => {
    const f = await catches('challenge.invalid-token', SIMPLEJWT);
    expect(f.args).toMatchObject({ via: 'simplejwt' });
    expect(f.title).toBe('Simple JWT rejected the token: “Token is invalid or expired”');
    const ja = await catches('challenge.invalid-token', SIMPLEJWT, { locale: 'ja' });
    expect(ja.title).toMatch(/^Simple JWT がトークンを拒否しています/);
  });
  it('catches: a Kafka broker’s refusal reads "Kafka" (en and ja)', async () => {
    const f = await catches('challenge.invalid-token', KAFKA);
    expect(f.args).toMatchObject({ via: 'kafka' });
    expect(f.title).toMatch(/^Kafka rejected the token/);
    expect(f.detail).not.toMatch(/\bkafka\b/);
    const ja = await catches('challenge.invalid-token', KAFKA, { locale: 'ja' });
    expect(ja.title).toMatch(/^Kafka がトークンを拒否/);
  });
  it('catches: the copied tutorial middleware is named as what it is, in Japanese words in ja', async () => {
    const input = 'HTTP/1.1 401 Unauthorized\n\n{"message":"Unauthorized!"}';
    const f = await catches('challenge.invalid-token', input);
    expect(f.title).toBe('The bezkoder tutorial’s JWT middleware rejected the token');
    const ja = await catches('challenge.invalid-token', input, { locale: 'ja' });
    expect(ja.title).toBe('bezkoder のチュートリアルの JWT ミドルウェアがトークンを拒否しています');
  });
  it('catches not: a library whose id is its package’s name as written keeps it (jose, hapi, echo-jwt)', () => {
    for (const id of ['jose', 'hapi', 'echo-jwt', 'fosite']) expect(productName(id)).toBe(id);
  });
  it('catches not: a library’s name does not make it a product that answers for itself', () => {
    // "The request to FastAPI has no Authorization header" would name the application's framework as the API.
    for (const id of ['fastapi', 'simplejwt', 'kafka', 'django-rest-framework']) expect(hasProductName(id)).toBe(false);
  });
});
