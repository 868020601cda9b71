/**
 * Round audit-b: defects found reading sampled 403 and no-status reports as the on-call engineer would. Each group
 * holds the pastes that now read right and the near-misses that must read as before.
 */
import { describe, it } from 'vitest';
import { FRESH_MASKED, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

// A log that prints the verifier's message bare and its values as logfmt fields after it: the message ends where the
// first `key=` starts. Before, a short message (jsonwebtoken's "invalid signature", "jwt expired") followed by a field
// was not taken as a message, and the verifier's word was lost.
const LOGFMT_AFTER: Row[] = [
  {
    name: 'jsonwebtoken invalid signature with the token as a field after it',
    input: `2026-05-28T14:09:58Z WARN orders-api: JsonWebTokenError: invalid signature token=${FRESH_MASKED}`,
    ...REFUSED,
    top: 'signature.invalid',
    via: 'jsonwebtoken',
    excludes: ['signature.unchecked'],
  },
  {
    name: 'jsonwebtoken jwt expired (no class name) with a request id after it',
    input: '2026-05-28T14:09:58Z WARN orders-api: jwt expired request_id=7f3a9c user.id=42',
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
  },
  {
    name: 'the words in prose, a metric after them',
    input: 'we count every invalid signature count=3 per minute on the dashboard',
    ...QUIET,
    excludes: ['signature.invalid'],
  },
  {
    name: 'the words run into a field of their own name',
    input: 'jwt expired=true',
    ...QUIET,
    excludes: ['time.expired'],
  },
];

describe('a verifier message followed by logfmt fields', () => {
  for (const row of LOGFMT_AFTER) it(row.name, () => expectPasteRow(row));
});
