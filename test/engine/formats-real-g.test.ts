/**
 * Round "real-g": pastes rebuilt from GitHub threads for the stacks real-f did not reach (tRPC, MinIO's STS, Vert.x's
 * JWT auth). Hosts and tokens are replaced, the software's own words kept; each group cites its thread, and what the
 * thread found the cause to be is what the row expects. Sources for the words are beside the code they rely on:
 * parse/error-bodies.ts (tRPC), parse/http/field-lines.ts (MinIO's console log), parse/verifier-messages/
 * more-frameworks.ts (Vert.x). Each group ends with near-misses that must read as before.
 */
import { describe, it } from 'vitest';
import { NOW } from '../helpers/catches.js';
import { A401, EXPIRED, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

const SIGNED = rs256({ ...CLAIMS, iat: NOW - 600, exp: NOW + 3000 }, { kid: 'k1' });
const SECRETS = [SIGNED, EXPIRED].flatMap((t) => {
  const signature = t.split('.')[2] as string;
  return [signature, signature.slice(0, 16)];
});

const trpcError = (message: string) =>
  `{"error":{"message":"${message}","code":-32001,"data":{"code":"UNAUTHORIZED","httpStatus":401,"stack":"TRPCError: ${message}\\n    at auth (/srv/app/packages/server/auth.ts:103:17)\\n    at async createContext (/srv/app/packages/server/auth.ts:110:22)","path":"user.get"}}}`;

// HKUST-CRS/crs#54 (https://github.com/HKUST-CRS/crs/issues/54): a tRPC context refusing the token it decoded, the
// reply's message the app's own ("Malformed JWT"); #82 ("JWT Expired") was already read as an expiry.
const TRPC: Row[] = [
  {
    name: 'tRPC UNAUTHORIZED "Malformed JWT": a token came and was refused (was: no token sent)',
    input: trpcError('Malformed JWT'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'trpc',
    excludes: ['token.missing'],
  },
  {
    name: 'the same error in a batched reply (an array of results)',
    input: `HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n[${trpcError('Malformed JWT')}]`,
    ...A401,
    top: 'challenge.invalid-token',
    via: 'trpc',
  },
  {
    name: "near-miss: tRPC's default message states nothing about a token",
    input: trpcError('UNAUTHORIZED'),
    ...A401,
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'near-miss: a message that says no token came is not a refused token',
    input: trpcError('Missing Authorization Header'),
    ...A401,
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'near-miss: a JSON-RPC -32001 that is not tRPC (no UNAUTHORIZED key in data)',
    input: '{"jsonrpc":"2.0","error":{"code":-32001,"message":"Invalid token"},"id":1}',
    ...QUIET,
    excludes: ['challenge.invalid-token'],
  },
];

const MINIO_LOG = [
  'API: AssumeRoleWithWebIdentity()',
  'Time: 06:44:14 UTC 08/31/2026',
  'DeploymentID: 5b0c7f2e-8d3a-4c51-9a7e-2f6b1d0c3e44',
  'RequestID: 17B2C3D4E5F60718',
  'RemoteHost: 10.20.30.40',
  'Host: minio-0.minio-hl.storage.svc.cluster.local:9000',
  'UserAgent: Go-http-client/1.1',
  'Error: Token used before issued (*jwt.ValidationError)',
  '       4: cmd/sts-errors.go:58:cmd.writeSTSErrorResponse()',
  '       3: cmd/sts-handlers.go:345:cmd.(*stsAPIHandlers).AssumeRoleWithSSO()',
].join('\n');

// molgenis/molgenis-service-armadillo#146 (https://github.com/molgenis/molgenis-service-armadillo/issues/146): MinIO's
// console log of a refused AssumeRoleWithWebIdentity, "due to timing issues" (the IdP's clock ahead of MinIO's). The
// web-identity token goes as a parameter, so the log's Host: line is no request whose Authorization is missing.
const MINIO: Row[] = [
  {
    name: "MinIO's console log: iat ahead of MinIO's clock, and no 'Authorization header missing'",
    input: MINIO_LOG,
    ...REFUSED,
    top: 'time.issued-in-future',
    via: 'golang-jwt',
    excludes: ['authz-header.missing'],
  },
  {
    name: 'near-miss: a real request with Host: and no Authorization is still missing one',
    input:
      'GET /media/cat.webp HTTP/1.1\nHost: minio.acme-corp.com\nUser-Agent: curl/8.5.0\n\nHTTP/1.1 401 Unauthorized',
    ...A401,
    includes: ['authz-header.missing'],
  },
];

const QUARKUS =
  '2026-05-28 21:04:42,837 ERROR [io.qua.ver.htt.run.QuarkusErrorHandler] (vert.x-eventloop-thread-14) HTTP Request to /api/orders failed, error id: 483566ce-9289-4e39-a490-4d1d32905689-14: io.vertx.core.impl.NoStackTraceThrowable: ';

// eclipse-vertx/vertx-auth#316 (https://github.com/eclipse-vertx/vertx-auth/issues/316): Vert.x's JWT refusals as
// Quarkus prints them; #446 (https://github.com/eclipse-vertx/vertx-auth/pull/446) gave the expiry its own words.
const VERTX: Row[] = [
  {
    name: 'Vert.x 4 "Invalid JWT token: token expired." beside the expired token (was: nothing found)',
    input: `${QUARKUS}Invalid JWT token: token expired.\nAuthorization: Bearer ${EXPIRED}`,
    ...REFUSED,
    top: 'time.expired',
    via: 'vertx-auth',
  },
  {
    name: 'Vert.x "Invalid JWT audience. expected: [...]": the audience the verifier wants',
    input: `${QUARKUS}Invalid JWT audience. expected: ["orders-api"]`,
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'vertx-auth',
  },
  {
    name: 'Vert.x 3 "Invalid JWT token: iat > now": the issuer clock ahead (the #316 cause)',
    input:
      'java.lang.RuntimeException: Invalid JWT token: iat > now\n\tat io.vertx.ext.jwt.JWT.isExpired(JWT.java:243)',
    ...REFUSED,
    top: 'time.issued-in-future',
    via: 'vertx-auth',
  },
  {
    name: 'Vert.x "Invalid JWT issuer"',
    input: `${QUARKUS}Invalid JWT issuer`,
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'vertx-auth',
  },
  {
    name: 'near-miss: "Invalid JWT issuers" in a config note is not the refusal',
    input: 'TODO: reject Invalid JWT issuers at the gateway too',
    ...QUIET,
    excludes: ['claim.iss-mismatch'],
  },
  {
    name: 'near-miss: 3.x "missing required scopes" (said for expiries before #446) is left unread',
    input: `${QUARKUS}Invalid JWT token: missing required scopes.`,
    ...QUIET,
    excludes: ['scope.insufficient', 'time.expired'],
  },
];

describe('formats, round real-g: tRPC, MinIO, Vert.x', () => {
  it.each([...TRPC, ...MINIO, ...VERTX])('$name', async (row) => {
    await expectPasteRow(row, SECRETS);
  });
});
