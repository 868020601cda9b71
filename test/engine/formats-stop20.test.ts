/**
 * Readings added in stop 20 by the coordinator. Each group ends with the same words out of place, which must stay quiet
 * or read as before.
 */
import { describe, expect, it } from 'vitest';
import { A401, A403, QUIET } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

// Google's front end answering for the IAM check in front of Cloud Run / Cloud Functions: the 403 page as Terraform and
// service-to-service guides quote it ("Error: Forbidden Your client does not have permission to get URL / from this
// server."), and its 401 form from google/adk-python#3814. Google's generic error page ("That’s an error.") says the
// same sentence for any Google site refusing a client, and is no IAM check.
const GFE_403 = [
  'HTTP/2 403',
  'content-type: text/html; charset=UTF-8',
  'server: Google Frontend',
  '',
  '<html><head>',
  '<meta http-equiv="content-type" content="text/html;charset=utf-8">',
  '<title>403 Forbidden</title>',
  '</head>',
  '<body text=#000000 bgcolor=#ffffff>',
  '<h1>Error: Forbidden</h1>',
  '<h2>Your client does not have permission to get URL <code>/api/orders</code> from this server.</h2>',
  '<h2></h2>',
  '</body></html>',
].join('\n');
const GFE_401 = [
  'HTTP/2 401',
  'content-type: text/html;charset=utf-8',
  '',
  '<html><head><title>401 Unauthorized</title></head><body text=#000000 bgcolor=#ffffff>',
  '<h1>Error: Unauthorized</h1>',
  '<h2>Your client does not have permission to the requested URL <code>/api/orders</code>.</h2>',
  '</body></html>',
].join('\n');
const GOOGLE_GENERIC_403 = [
  'HTTP/1.1 403 Forbidden',
  'Content-Type: text/html; charset=UTF-8',
  '',
  '<!DOCTYPE html>',
  '<p><b>403.</b> <ins>That’s an error.</ins>',
  '<p>Your client does not have permission to get URL <code>/macros/s/abc/exec</code> from this server.  <ins>That’s all we know.</ins>',
].join('\n');

const GOOGLE_IAM: (Row & { iam: boolean })[] = [
  {
    name: 'the 403 page with no request shown',
    input: GFE_403,
    ...A403,
    top: 'proxy.gateway-response',
    product: 'Cloud Run or Cloud Functions',
    iam: true,
  },
  {
    name: 'the 403 page after a curl to a run.app URL (the token inline from gcloud)',
    input: `$ curl -i -H "Authorization: Bearer $(gcloud auth print-access-token)" https://orders-abc123-uc.a.run.app/api/orders\n${GFE_403}`,
    ...A403,
    includes: ['proxy.gateway-response'],
    product: 'Cloud Run',
    iam: true,
  },
  {
    name: 'the 401 page from a Cloud Functions URL',
    input: `curl -i https://us-central1-acme.cloudfunctions.net/orders\n${GFE_401}`,
    ...A401,
    includes: ['proxy.gateway-response'],
    product: 'Cloud Functions',
    iam: true,
  },
  {
    name: 'out of shape: Google’s generic error page names the front end only',
    input: GOOGLE_GENERIC_403,
    ...A403,
    iam: false,
  },
  {
    name: 'out of shape: the sentence in a chat message, no status',
    input: 'it says your client does not have permission to get URL /api from this server, any idea?',
    ...QUIET,
    excludes: ['proxy.gateway-response'],
    iam: false,
  },
];

describe('Google’s front end: the IAM check in front of Cloud Run and Cloud Functions', () => {
  for (const { iam, ...row } of GOOGLE_IAM)
    it(row.name, async () => {
      const report = await expectPasteRow(row);
      const f = report.findings.find((x) => x.code === 'proxy.gateway-response');
      expect(f?.args.googleIam === true).toBe(iam);
    });
  it('says what the check wants, in English and Japanese', async () => {
    const row = GOOGLE_IAM[1] as Row;
    const en = await expectPasteRow(row);
    const f = en.findings.find((x) => x.code === 'proxy.gateway-response');
    expect(f?.title).toBe('Cloud Run’s IAM check refused the request, not the service');
    expect(f?.detail).toContain('roles/run.invoker');
    expect(f?.args.gcloudAccessToken).toBe(true);
    expect(f?.detail).toContain('gcloud auth print-access-token: that is an access token');
    const steps = en.nextSteps.join('\n');
    expect(steps).toContain('gcloud auth print-identity-token --audiences=');
    expect(steps).toContain('gcloud run services get-iam-policy');
    const ja = await expectPasteRow(row, [], { locale: 'ja' });
    const jf = ja.findings.find((x) => x.code === 'proxy.gateway-response');
    expect(jf?.title).toContain('IAM チェック');
    expect(ja.nextSteps.join('\n')).toContain('ID トークン');
  });
});

// HAProxy's built-in 403 page for an `http-request deny` rule (its default errorfile, as docker-socket-proxy's README
// and HAProxy ACL tutorials show it), and GitHub's API refusing a request with no User-Agent header in the same words
// and its own (a Cloudflare Worker's fetch sends none).
const HAPROXY_403 = [
  'HTTP/1.1 403 Forbidden',
  'content-length: 93',
  'cache-control: no-cache',
  'content-type: text/html',
  '',
  '<html><body><h1>403 Forbidden</h1>',
  'Request forbidden by administrative rules.',
  '</body></html>',
].join('\n');
const GITHUB_NO_UA = [
  '[github-workflow-trigger] workflow_dispatch failed: HTTP 403 —',
  'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.',
].join('\n');

const OWN_RULES: Row[] = [
  { name: 'HAProxy’s deny page', input: HAPROXY_403, ...A403, top: 'proxy.gateway-response', product: 'HAProxy' },
  {
    name: 'the deny page as docker’s client prints it, no status line',
    input:
      'Error response from daemon: <html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>',
    ...A403,
    top: 'proxy.gateway-response',
    product: 'HAProxy',
  },
  {
    name: 'GitHub’s API without a User-Agent: GitHub, and no token finding',
    input: GITHUB_NO_UA,
    ...A403,
    top: 'proxy.gateway-response',
    product: 'GitHub API',
    excludes: ['token.missing', 'authz-header.missing'],
  },
  {
    name: 'out of shape: the sentence quoted in prose, no status',
    input: 'our HAProxy says "Request forbidden by administrative rules." sometimes, is that the WAF?',
    ...QUIET,
    excludes: ['proxy.gateway-response'],
  },
];

describe('HAProxy’s deny page and GitHub’s User-Agent refusal', () => {
  for (const row of OWN_RULES) it(row.name, () => expectPasteRow(row));
  it('says where to look, in English and Japanese', async () => {
    const haproxy = await expectPasteRow(OWN_RULES[0] as Row);
    expect(haproxy.nextSteps.join('\n')).toContain('http-request deny');
    const github = await expectPasteRow(OWN_RULES[2] as Row);
    const f = github.findings[0];
    expect(f?.args.missingUserAgent).toBe(true);
    expect(f?.title).toBe('GitHub’s API refused a request without a User-Agent header');
    expect(github.nextSteps[0]).toContain('User-Agent');
    const ja = await expectPasteRow(OWN_RULES[2] as Row, [], { locale: 'ja' });
    expect(ja.findings[0]?.title).toContain('User-Agent');
    const jaHaproxy = await expectPasteRow(OWN_RULES[0] as Row, [], { locale: 'ja' });
    expect(jaHaproxy.nextSteps.join('\n')).toContain('haproxy.cfg');
  });
});

// IIS's own denial page (its 401.x / 403 wording, "You do not have permission to view this directory or page…"), and
// Azure App Service's authentication module ("Easy Auth"), which keeps the IIS sentence: MicrosoftDocs/azure-docs#98602
// (App Service's authentication tutorial), vmurin/react-native-azure-auth#61 (HTTP Error 401.83 for a refused bearer
// token). An App Service host names Easy Auth; elsewhere the page is IIS's.
const EASY_AUTH_401 = [
  '$ curl -i https://orders-api.azurewebsites.net/api/orders -H "Authorization: Bearer $TOKEN"',
  'HTTP/1.1 401 Unauthorized',
  'Content-Length: 58',
  'Content-Type: text/html',
  '',
  'You do not have permission to view this directory or page.',
].join('\n');
const IIS_401 = [
  'HTTP/1.1 401 Unauthorized',
  'Server: Microsoft-IIS/10.0',
  'WWW-Authenticate: Negotiate',
  'WWW-Authenticate: NTLM',
  '',
  '401 - Unauthorized: Access is denied due to invalid credentials.',
  'You do not have permission to view this directory or page using the credentials that you supplied.',
].join('\n');

const WEB_SERVER_AUTH: (Row & { easyAuth: boolean })[] = [
  {
    name: 'App Service’s Easy Auth page for an azurewebsites.net request',
    input: EASY_AUTH_401,
    ...A401,
    top: 'proxy.gateway-response',
    product: 'Azure App Service authentication',
    easyAuth: true,
  },
  {
    name: 'IIS’s own page under Windows authentication',
    input: IIS_401,
    ...A401,
    includes: ['proxy.gateway-response'],
    product: 'IIS',
    easyAuth: false,
  },
  {
    name: 'out of shape: the sentence in a chat message, no status',
    input: 'the browser shows "You do not have permission to view this directory or page." after deploy',
    ...QUIET,
    excludes: ['proxy.gateway-response'],
    easyAuth: false,
  },
];

describe('IIS and App Service authentication’s own pages', () => {
  for (const { easyAuth, ...row } of WEB_SERVER_AUTH)
    it(row.name, async () => {
      const report = await expectPasteRow(row);
      const f = report.findings.find((x) => x.code === 'proxy.gateway-response');
      expect(f?.args.easyAuth === true).toBe(easyAuth);
    });
  it('points at the settings that decided, in English and Japanese', async () => {
    const { easyAuth: _, ...row } = WEB_SERVER_AUTH[0] as Row & { easyAuth: boolean };
    const en = await expectPasteRow(row);
    expect(en.findings[0]?.title).toBe('App Service’s authentication refused the request before the app ran');
    expect(en.nextSteps.join('\n')).toContain('Allowed token audiences');
    const ja = await expectPasteRow(row, [], { locale: 'ja' });
    expect(ja.nextSteps.join('\n')).toContain('許可されるトークン対象ユーザー');
    const { easyAuth: __, ...iis } = WEB_SERVER_AUTH[1] as Row & { easyAuth: boolean };
    expect((await expectPasteRow(iis)).nextSteps.join('\n')).toContain('Anonymous Authentication');
  });
});

// Apache httpd's own pages and its access refusal in the error log (sources in parse/proxy-texts.ts): its
// authentication modules' 401 page, its 2.4 403 page, mod_authz_core's AH01630. An API's own JSON saying the 403 page's
// words, and Werkzeug's 401 ("The server could not verify…", raised by the Flask app itself), are not Apache's.
const APACHE_401 = [
  'HTTP/1.1 401 Unauthorized',
  'Server: Apache/2.4.58 (Ubuntu)',
  'WWW-Authenticate: Basic realm="Restricted Content"',
  '',
  '<html><head><title>401 Unauthorized</title></head><body>',
  '<h1>Unauthorized</h1>',
  '<p>This server could not verify that you',
  'are authorized to access the document',
  'requested.  Either you supplied the wrong',
  'credentials (e.g., bad password), or your',
  "browser doesn't understand how to supply",
  'the credentials required.</p>',
  '</body></html>',
].join('\n');
const APACHE_403 = [
  'HTTP/1.1 403 Forbidden',
  'Server: Apache/2.4.58 (Ubuntu)',
  '',
  '<html><head><title>403 Forbidden</title></head><body>',
  '<h1>Forbidden</h1>',
  "<p>You don't have permission to access this resource.</p>",
  '</body></html>',
].join('\n');
const AH01630 =
  '[Sat Sep 30 12:26:35.310824 2026] [authz_core:error] [pid 14499] [client 127.0.0.1:45252] AH01630: client denied by server configuration: /var/www/api/public/index.php';

const APACHE: Row[] = [
  {
    name: 'Apache’s 401 page',
    input: APACHE_401,
    ...A401,
    includes: ['proxy.gateway-response'],
    product: 'Apache httpd',
  },
  { name: 'Apache’s 403 page', input: APACHE_403, ...A403, top: 'proxy.gateway-response', product: 'Apache httpd' },
  {
    name: 'a 403 beside mod_authz_core’s AH01630',
    input: `HTTP/1.1 403 Forbidden\n\n${AH01630}`,
    ...A403,
    top: 'proxy.gateway-response',
    product: 'Apache httpd',
  },
  {
    name: 'out of shape: an API’s JSON 403 with the same words',
    input: `HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"message":"You don't have permission to access this resource."}`,
    ...A403,
    product: null,
  },
  {
    name: 'out of shape: Werkzeug’s 401, raised by the Flask app',
    input:
      'HTTP/1.1 401 UNAUTHORIZED\nServer: Werkzeug/3.0.1 Python/3.12.1\n\n<title>401 Unauthorized</title>\n<h1>Unauthorized</h1>\n<p>The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn&#x27;t understand how to supply the credentials required.</p>',
    ...A401,
    product: null,
  },
];

describe('Apache httpd’s own pages', () => {
  for (const row of APACHE) it(row.name, () => expectPasteRow(row));
  it('points at the Apache rule, in English and Japanese', async () => {
    const en = await expectPasteRow(APACHE[1] as Row);
    expect(en.nextSteps.join('\n')).toContain('Require all granted');
    const ja = await expectPasteRow(APACHE[1] as Row, [], { locale: 'ja' });
    expect(ja.nextSteps.join('\n')).toContain('CGIPassAuth On');
  });
});
