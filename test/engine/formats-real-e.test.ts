/**
 * Round "real-e": captures as people copy them from their tools (Insomnia's timeline, Chrome's and Firefox's headers,
 * Safari, Postman's console, httpie, VS Code REST Client, JetBrains, Fiddler, Charles, mitmdump, Proxyman, Wireshark,
 * tcpdump -A, HAR, browser consoles, Slack's escapes and quotes). Most already read right; the rows here are the two
 * decorations that did not (src/engine/capture-artefacts.ts): Wireshark's packet details spelling each line's CRLF out
 * (`Host: …\r\n`), and a HAR quoted line by line with `> `. Each group ends with near-misses that read as before.
 */
import { describe, expect, it } from 'vitest';
import { dropSpelledLineEnds, unquoteJsonLines } from '../../src/engine/capture-artefacts.js';
import { run } from '../helpers/catches.js';
import { A401, A403, EXPIRED, MISREAD, NOT_MISSING, QUIET } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const SIGNATURE = EXPIRED.split('.')[2] as string;
const SECRETS = [SIGNATURE, SIGNATURE.slice(0, 16), SIGNATURE.slice(-16)];

// Wireshark's packet details pane and `tshark -V`: each HTTP line ends in a spelled-out `\r\n`, the header block in a
// `\r\n` line alone, with the dissector's own lines between (`[Expert Info …]`, `Request Method: GET`, `[Full request
// URI: …]`). Public captures: find_string ids 6593832846 (tshark -V, a POST), 52599887991 (a request and its response
// copied from the pane), 40243811570; the format: https://www.wireshark.org/docs/man-pages/tshark.html (-V).
const WIRESHARK: Row[] = [
  {
    name: 'tshark -V: the request with its Authorization, the 401 with its challenge',
    input: [
      'Frame 8: 311 bytes on wire (2488 bits), 311 bytes captured (2488 bits) on interface lo, id 0',
      'Transmission Control Protocol, Src Port: 52144, Dst Port: 8080, Seq: 1, Ack: 1, Len: 245',
      'Hypertext Transfer Protocol',
      '    GET /v1/orders HTTP/1.1\\r\\n',
      '        [Expert Info (Chat/Sequence): GET /v1/orders HTTP/1.1\\r\\n]',
      '            [GET /v1/orders HTTP/1.1\\r\\n]',
      '            [Severity level: Chat]',
      '            [Group: Sequence]',
      '        Request Method: GET',
      '        Request URI: /v1/orders',
      '        Request Version: HTTP/1.1',
      '    Host: localhost:8080\\r\\n',
      '    Accept: */*\\r\\n',
      `    Authorization: Bearer ${EXPIRED}\\r\\n`,
      '    \\r\\n',
      '    [Full request URI: http://localhost:8080/v1/orders]',
      '    [HTTP request 1/1]',
      '    [Response in frame: 10]',
      '',
      'Frame 10: 248 bytes on wire (1984 bits), 248 bytes captured (1984 bits) on interface lo, id 0',
      'Hypertext Transfer Protocol',
      '    HTTP/1.1 401 Unauthorized\\r\\n',
      '        [Expert Info (Chat/Sequence): HTTP/1.1 401 Unauthorized\\r\\n]',
      '        Response Version: HTTP/1.1',
      '        Status Code: 401',
      '        [Status Code Description: Unauthorized]',
      '        Response Phrase: Unauthorized',
      '    WWW-Authenticate: Bearer error="invalid_token", error_description="Jwt expired at 2026-05-28T14:02:00Z"\\r\\n',
      '    Content-Length: 0\\r\\n',
      '    \\r\\n',
      '    [HTTP response 1/1]',
      '    [Request in frame: 8]',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: { foundIn: 'authorization-header' },
  },
  {
    name: 'the pane, tab-indented: a request with no Authorization, a bare Bearer challenge',
    input: [
      'Hypertext Transfer Protocol',
      '\tGET /v1/orders HTTP/1.1\\r\\n',
      '\tHost: api.acme-corp.com\\r\\n',
      '\tAccept: application/json\\r\\n',
      '\t\\r\\n',
      '\t[Full request URI: http://api.acme-corp.com/v1/orders]',
      'Hypertext Transfer Protocol',
      '\tHTTP/1.1 401 Unauthorized\\r\\n',
      '\tWWW-Authenticate: Bearer realm="orders"\\r\\n',
      '\tContent-Length: 0\\r\\n',
      '\t\\r\\n',
    ].join('\n'),
    ...A401,
    top: 'challenge.no-error',
    includes: ['authz-header.missing'],
    excludes: ['challenge.malformed', 'token.malformed'],
    token: null,
  },
  {
    name: 'near-miss: a server’s source writing its 401 with \\r\\n inside a string stays as it read',
    input: "socket.write('HTTP/1.1 401 Unauthorized\\r\\nWWW-Authenticate: Bearer\\r\\n\\r\\n');",
    ...A401,
    excludes: ['challenge.malformed', 'challenge.no-error'],
    token: null,
  },
];

// A HAR (or its request and response) quoted line by line, as GitHub's and Slack's quote leave it: the `> ` markers
// sit between the JSON's tokens. https://github.com/atomx/nginx-http-auth-digest/issues/26 quotes a Chrome HAR so
// (`> {`, `>   "log": {`, …, `>           "headers": [`).
const QUOTED_HAR: Row[] = [
  {
    name: 'a Chrome HAR quoted with > and cut short after the challenge',
    input: [
      '> {',
      '>   "log": {',
      '>     "version": "1.2",',
      '>     "creator": {',
      '>       "name": "WebInspector",',
      '>       "version": "537.36"',
      '>     },',
      '>     "entries": [',
      '>       {',
      '>         "_initiator": {',
      '>           "type": "other"',
      '>         },',
      '>         "request": {',
      '>           "method": "GET",',
      '>           "url": "https://api.acme-corp.com/v1/orders",',
      '>           "headers": [',
      '>             {',
      '>               "name": "Authorization",',
      `>               "value": "Bearer ${EXPIRED}"`,
      '>             }',
      '>           ]',
      '>         },',
      '>         "response": {',
      '>           "status": 401,',
      '>           "statusText": "Unauthorized",',
      '>           "headers": [',
      '>             {',
      '>               "name": "WWW-Authenticate",',
      '>               "value": "Bearer error=\\"invalid_token\\", error_description=\\"The token is expired\\""',
      '>             },',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: { foundIn: 'authorization-header' },
  },
  {
    name: 'the same from Slack (&gt; markers): a request with no Authorization, a 401',
    input: [
      '&gt; "request": {',
      '&gt;   "method": "GET",',
      '&gt;   "url": "https://api.acme-corp.com/v1/orders",',
      '&gt;   "headers": [',
      '&gt;     {',
      '&gt;       "name": "Accept",',
      '&gt;       "value": "application/json"',
      '&gt;     }',
      '&gt;   ]',
      '&gt; },',
      '&gt; "response": {',
      '&gt;   "status": 401,',
      '&gt;   "headers": [',
      '&gt;     {',
      '&gt;       "name": "www-authenticate",',
      '&gt;       "value": "Bearer realm=\\"orders\\""',
      '&gt;     }',
      '&gt;   ]',
      '&gt; }',
    ].join('\n'),
    ...A401,
    top: 'challenge.no-error',
    includes: ['authz-header.missing'],
    token: null,
  },
  {
    name: 'near-miss: a quoted curl -v trace keeps its request and response',
    input: [
      '> GET /v1/orders HTTP/1.1',
      '> Host: api.acme-corp.com',
      `> Authorization: Bearer ${EXPIRED}`,
      '>',
      '< HTTP/1.1 403 Forbidden',
      '< WWW-Authenticate: Bearer error="insufficient_scope", scope="write:orders"',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: [...NOT_MISSING, ...MISREAD],
    token: { foundIn: 'authorization-header' },
  },
  {
    name: 'near-miss: a quoted curl -i with a JSON body still reads its status and challenge',
    input: [
      '> HTTP/1.1 401 Unauthorized',
      '> WWW-Authenticate: Bearer error="invalid_token"',
      '>',
      '> {',
      '>   "error": "invalid_token"',
      '> }',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    token: null,
  },
  {
    name: 'near-miss: quoted prose that opens with quotation marks states nothing',
    input: ['> "Unauthorized" is all I get back', '> "even with a fresh token"'].join('\n'),
    ...QUIET,
  },
];

// A HAR cut short inside the Authorization item's value (the token's line cut, its string unterminated): that item
// does not parse, the items after it do. They must not say the request carried no Authorization. The shape is the
// quoted HAR above, cut as a chat's length limit cuts it.
const CUT_HAR_HEAD = [
  '"request": {',
  '  "method": "GET",',
  '  "url": "https://api.acme-corp.com/v1/orders",',
  '  "headers": [',
  '    {',
  '      "name": "Authorization",',
  `      "value": "Bearer ${EXPIRED.slice(0, 120)}`,
  '    },',
  '    {',
  '      "name": "Accept",',
  '      "value": "application/json"',
  '    }',
  '  ]',
  '},',
  '"response": {',
  '  "status": 401,',
];
const CUT_HAR: Row[] = [
  {
    name: 'a HAR cut inside the Authorization value: the request carried one',
    input: CUT_HAR_HEAD.join('\n'),
    ...A401,
    excludes: ['authz-header.missing', 'token.missing'],
  },
  {
    name: 'the same, quoted with >',
    input: CUT_HAR_HEAD.map((line) => `> ${line}`).join('\n'),
    ...A401,
    excludes: ['authz-header.missing', 'token.missing'],
  },
  {
    name: 'near-miss: a HAR cut short whose request items hold no Authorization still says it is missing',
    input: CUT_HAR_HEAD.filter((line) => !line.includes('Authorization') && !line.includes('Bearer'))
      .join('\n')
      .replace('{\n    },\n', ''),
    ...A401,
    includes: ['authz-header.missing'],
    token: null,
  },
];

describe('formats, round real-e: capture decorations undone', () => {
  it.each([...WIRESHARK, ...QUOTED_HAR, ...CUT_HAR])('$name', async (row) => {
    await expectPasteRow(row, SECRETS);
  });
});

describe('capture-artefacts: what each pass leaves', () => {
  it('drops only a \\r\\n that ends its line', () => {
    expect(dropSpelledLineEnds('  Host: a\\r\\n  \n  \\r\\n\nx\\r\\ny')).toBe('  Host: a\n  \nx\\r\\ny');
  });

  it('unquotes JSON lines only when two or more are quoted, and leaves the others their markers', () => {
    expect(unquoteJsonLines('> {"a":1}\n> GET / HTTP/1.1')).toBe('> {"a":1}\n> GET / HTTP/1.1');
    expect(unquoteJsonLines('> > {\n> >   "a": 1\n> GET / HTTP/1.1\n> }')).toBe('{\n  "a": 1\n> GET / HTTP/1.1\n}');
  });

  it('stays linear on a long run of quote markers', async () => {
    const input = `${'> '.repeat(50_000)}{\n${'> "x",\n'.repeat(20_000)}`;
    const started = performance.now();
    await run(input);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
