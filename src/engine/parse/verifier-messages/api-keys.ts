/**
 * SaaS APIs and developer tools refusing a static credential they were sent: an API key, a registry or package-index
 * token, an access key, an account's password. Each is the server judging the credential it got (invalid_token with the
 * product as `via`), never a missing one: checks/credential-kind.ts names the credential so the steps ask about that
 * key (which one, which environment, revoked or rotated), not a JWT's claims. The key a message quotes after its words
 * (Stripe's and OpenAI's "…: sk_live_****1234") is never read: the evidence stops at the words.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { family, pasteHolds, pasteNames, textAround, textBefore } from './matcher.js';

const aws = family('aws');
const npm = family('npm');
const stripe = family('stripe');
const openai = family('openai');
const anthropic = family('anthropic');
const twilio = family('twilio');
const pypi = family('pypi');
const dockerHub = family('docker-hub');
const sendgrid = family('sendgrid');
const huggingFace = family('hugging-face');
const cloudflare = family('cloudflare');
const azureStorage = family('azure-storage');
const googleApiKey = family('google-api-key');
const shopify = family('shopify');
const jira = family('jira');
const hubspot = family('hubspot');
const sentry = family('sentry');
const datadog = family('datadog');
const mailgun = family('mailgun');
const vercel = family('vercel');
const oci = family('oci');

/**
 * The opening of a JSON member's string value, or a Python dict repr's, just before the words: `"name":"`, `'name': '`.
 * The products below quote their refusal as one member of their own reply; a sentence about it has none.
 */
function memberBefore(name: string): RegExp {
  return new RegExp(`["']${name}["']\\s?:\\s?["']$`);
}
const MESSAGE_MEMBER = memberBefore('message');
const ERROR_MEMBER = memberBefore('error');
const CATEGORY_MEMBER = memberBefore('category');
const DETAIL_MEMBER = memberBefore('detail');

/** Python's and Ruby's Stripe exception names before the message (stripe.error., stripe._error., Stripe::). */
function stripeClass(f: Fragment): Reading | null {
  return /(?:stripe\._?error\.|Stripe::)$/.test(f.before(20)) ? {} : null;
}

/**
 * The message member of a JSON reply or a Python dict's repr (`"message":"`, `'message': '`), the SDK's class, the Node
 * SDK's status before its message (`401 Incorrect API key provided: …`), or LiteLLM's provider prefix (`OpenAIException -
 * Incorrect API key provided: …`).
 */
function messageMember(f: Fragment): Reading | null {
  return /(?:["']message["']\s?:\s?["']|AuthenticationError: |(?:^|[^\w.])401 |OpenAIException - )$/.test(f.before(40))
    ? {}
    : null;
}

/** Anthropic's error object: `"type":"authentication_error","message":"` (JSON, or a Python dict's repr). */
function anthropicAuthError(f: Fragment): Reading | null {
  return /authentication_error["']\s?,\s?["']message["']\s?:\s?["']$/.test(f.before(60)) ? {} : null;
}

/**
 * Twilio's 20003 beside its "Authenticate" (the message's code, on the line or in the inspected object below it). Every
 * `WWW-Authenticate:` header reaches here (its `-` may open a message): one search of the window for the code's digits
 * turns those away before the two windows are cut and joined and the pattern runs (~0.45 µs to ~0.1 per header).
 */
function twilio20003(f: Fragment): Reading | null {
  if (!textAround(f, 60, 200).includes('20003')) return null;
  const near = `${f.before(60)} ${f.after(200, true)}`;
  return /(?:^|[^\d])20003(?:[^\d]|$)/.test(near) ? {} : null;
}

/**
 * SendGrid's message as its reply body (`"message":"`, a Node inspect's `message: '`, a Python dict's `'message': '`) or
 * as its SMTP relay's 535 ("Authentication failed: …"): not a sentence someone wrote about it.
 */
function sendgridLayout(f: Fragment): Reading | null {
  return /(?:["']?message["']?\s?:\s?["']|Authentication failed: )$/.test(f.before(40)) ? {} : null;
}

/** Hugging Face's `{"error":"…"}` body, or its words on their own line under huggingface_hub's 401 for a huggingface.co URL. */
function huggingFaceLayout(f: Fragment): Reading | null {
  if (ERROR_MEMBER.test(f.before(20))) return {};
  if (!/^\s*$/.test(f.before(20))) return null;
  return textBefore(f, 400).includes('huggingface.co/') ? {} : null;
}

/**
 * Cloudflare's code 10000 beside its "Authentication error": the v4 API's `{"code":10000,"message":"…"}`, wrangler's
 * "Authentication error [code: 10000]", the Terraform provider's "Authentication error (10000)". Its 10000 is also the
 * code of "This API Token is valid and active", so the code alone says nothing.
 */
function cloudflare10000(f: Fragment): Reading | null {
  if (/["']?code["']?\s?:\s?10000\s?,\s?["']?message["']?\s?:\s?["']$/.test(f.before(40))) return {};
  return /^ (?:\[code: 10000\]|\(10000\))/.test(f.after(16, true)) ? {} : null;
}

/** Not an Entra ID token's refusal: no IdentityModel "… validation failed" in the detail element after the message. */
function azureStorageNotBearer(f: Fragment): Reading | null {
  const after = f.after(600, true);
  const detail = after.indexOf('AuthenticationErrorDetail>');
  return detail !== -1 && after.includes('validation failed', detail) ? null : {};
}

/** Google's API-key refusal as a reply's message member or with its ErrorInfo reason API_KEY_INVALID after it. */
function googleApiKeyLayout(f: Fragment): Reading | null {
  if (MESSAGE_MEMBER.test(f.before(20))) return {};
  return f.after(400, true).includes('API_KEY_INVALID') ? {} : null;
}

/** Jira's reply body: the message member with its `"status-code"` member after it (Atlassian's layout, not prose). */
function jiraLayout(f: Fragment): Reading | null {
  if (!MESSAGE_MEMBER.test(f.before(20))) return null;
  return /^["']\s?,\s?["']status-code["']\s?:\s?401/.test(f.after(24, true)) ? {} : null;
}

/** HubSpot's `category` member (JSON, or a Python dict's repr) holding the word. */
function hubspotCategory(f: Fragment): Reading | null {
  return CATEGORY_MEMBER.test(f.before(20)) ? {} : null;
}

/** Sentry's `{"detail":"Invalid token"}` only with Sentry's API path or host before it. */
function sentryLayout(f: Fragment): Reading | null {
  if (!DETAIL_MEMBER.test(f.before(20)) || !/^["']/.test(f.after(1, true))) return null;
  const near = textBefore(f, 600);
  return near.includes('/api/0/') || near.includes('sentry.io') ? {} : null;
}

/** Datadog's names, asked of the whole paste first (pasteHolds: once a paste, not at every `"errors":`). */
const DATADOG_NAMED = /datadoghq|dd-api-key|dd-application-key/i;
/** Datadog's `"errors":["Forbidden"]` only with its key headers or its host near it (the same body is no one's own). */
function datadogLayout(f: Fragment): Reading | null {
  if (!/["']errors["']\s?:\s?$/.test(f.before(20))) return null;
  if (!pasteHolds(f, 'datadog', DATADOG_NAMED)) return null;
  const near = textAround(f, 1500, 300).toLowerCase();
  return near.includes('datadoghq') || near.includes('dd-api-key') || near.includes('dd-application-key') ? {} : null;
}

/**
 * Mailgun's bare `Forbidden`: its 401 body alone on its line, or as its SDKs print it (mailgun.js `details:
 * 'Forbidden'`, mailgun-js `Error: Forbidden`, `Mailgun error: Forbidden`), and only with Mailgun named near it (its
 * host, its SDK): any server may say "Forbidden".
 */
function mailgunLayout(f: Fragment): Reading | null {
  const before = f.before(40);
  if (!/(?:^|\n)[ \t]{0,8}$|details\s?:\s?["']$|(?:^|[^\w])Error: $|Mailgun error: $/.test(before)) return null;
  if (!/^["']?[ \t]*(?:$|\n|,|\})/.test(f.after(12, true))) return null;
  if (!pasteNames(f, 'mailgun')) return null;
  const near = textAround(f, 1500, 300).toLowerCase();
  return near.includes('mailgun') ? {} : null;
}

export const API_KEYS: readonly Matcher[] = [
  // AWS's answer to an access key id it has no record of (or a session token that does not belong with it): the JSON
  // services' UnrecognizedClientException and IAM/STS's InvalidClientTokenId, "The security token included in the
  // request is invalid." (boto/botocore#1775 "An error occurred (UnrecognizedClientException) when calling the
  // DescribeTrustedAdvisorChecks operation: …", iann0036/iamlive#58 from aws-sdk-go-v2, aws/aws-sdk-php#2444's
  // `{"__type":"UnrecognizedClientException","message":"The security token included in the request is invalid."}`).
  // A SigV4 access key, not a bearer token: it was sent and not recognised.
  aws('invalid-security-token', 'challenge.invalid-token', 'The security token included in the request is invalid', {
    exactCase: true,
  }),
  // The npm CLI on a registry's 401 to a request that carried a token (npm/cli#7598, microsoft/genaiscript#1846:
  // "npm error code E401\nnpm error Unable to authenticate, your authentication token seems to be invalid."; older
  // releases print `npm ERR!`). Its 401 with no token is "Unable to authenticate, need: Basic realm=…", not this.
  npm(
    'token-invalid',
    'challenge.invalid-token',
    'Unable to authenticate, your authentication token seems to be invalid',
    {
      exactCase: true,
    },
  ),
  // stripe-python's and stripe-ruby's AuthenticationError for a secret key Stripe does not know
  // (MuckRock/squarelet#81 "stripe.error.AuthenticationError: Invalid API Key provided: …"); stripe-node's is
  // identity.ts's row. The key after the colon is not read.
  stripe('invalid-key-class', 'challenge.invalid-token', 'AuthenticationError: Invalid API Key provided', {
    exactCase: true,
    read: stripeClass,
  }),
  // OpenAI's 401 for a key it does not accept, code invalid_api_key, as the Python SDK prints it (popjane/
  // free_chatgpt_api#3: "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key
  // provided: sk-PMafP****E873. You can find your API key at https://platform.openai.com/account/api-keys.', 'type':
  // 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}"), or the 0.x SDK's class before it
  // (joonspk-research/generative_agents#114 "openai.error.AuthenticationError: Incorrect API key provided: …"), the Node
  // SDK's APIError message, its status then OpenAI's words (continuedev/continue#9634: "401 Incorrect API key provided:
  // sk-proj-****…MxYA. You can find your API key at https://platform.openai.com/account/api-keys."), and LiteLLM's
  // AuthenticationError (BerriAI/litellm#39258: "litellm.AuthenticationError: AuthenticationError: OpenAIException -
  // Incorrect API key provided: …").
  openai('incorrect-api-key', 'challenge.invalid-token', 'Incorrect API key provided', {
    exactCase: true,
    read: messageMember,
  }),
  // Anthropic's 401 for the x-api-key header's key: {"type":"error","error":{"type":"authentication_error","message":
  // "invalid x-api-key"}} (eyaltoledano/claude-task-master#222; abi/screenshot-to-code#430 in a Python dict's repr).
  anthropic('invalid-x-api-key', 'challenge.invalid-token', 'invalid x-api-key', {
    exactCase: true,
    read: anthropicAuthError,
  }),
  // Twilio's error 20003 "Authenticate", a 401 for an Account SID and Auth Token (or API key and secret) it does not
  // accept, as its SDKs print it: twilio-python's "TwilioRestException: HTTP ERROR 401: 20003: Authenticate"
  // (twilio/twilio-python#85), twilio-node's "RestException [Error]: Authenticate" with `code: 20003` below it
  // (twilio/twilio-video-app-react#841), "ApiError 20003: Authenticate" (TransformerOptimus/SuperAGI#1465). The word
  // alone is not Twilio's: the code must stand beside it.
  twilio('20003', 'challenge.invalid-token', 'Authenticate', { exactCase: true, standalone: true, read: twilio20003 }),
  // PyPI's (Warehouse's) 403 for an upload whose credentials it does not accept, as twine prints it: "HTTPError: 403
  // Forbidden from https://upload.pypi.org/legacy/\nInvalid or non-existent authentication information. See
  // https://pypi.org/help/#invalid-auth for more information." (pypa/twine#692, #1057; pypa/packaging-problems#887).
  pypi('invalid-auth', 'challenge.invalid-token', 'Invalid or non-existent authentication information', {
    exactCase: true,
  }),
  // Docker Hub's token service refusing the account's password or access token, as the daemon reports it
  // ("Error response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password",
  // docker/hub-feedback#1098, docker/for-win#4298, docker/for-mac#2940).
  dockerHub('incorrect-login', 'challenge.invalid-token', 'unauthorized: incorrect username or password', {
    exactCase: true,
  }),
  // SendGrid's 401 for an API key it does not accept (a deleted key, its key ID sent for the key, a key with a character
  // lost): {"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,
  // "help":null}]} (sendgrid/sendgrid-php#793, sendgrid/sendgrid-ruby#163, MicrosoftDocs/azure-docs#44245), and its
  // SMTP relay's "Authentication failed: …" with the key as the password (Grafana's Azure SMTP alerting docs). Other
  // OAuth servers' invalid_grant says "The provided grant is invalid, …" or "access grant": not these words.
  sendgrid(
    'grant-invalid',
    'challenge.invalid-token',
    'The provided authorization grant is invalid, expired, or revoked',
    {
      exactCase: true,
      read: sendgridLayout,
    },
  ),
  // The Hugging Face Hub's 401 for a token it does not know: {"error":"Invalid credentials in Authorization header"}
  // (huggingface/huggingface_hub#3368 from curl), which huggingface_hub prints on the line under "401 Client Error:
  // Unauthorized for url: https://huggingface.co/…" (jhc13/taggui#367, deepbeepmeep/Wan2GP#455,
  // huggingface/sentence-transformers#3436).
  huggingFace('invalid-credentials', 'challenge.invalid-token', 'Invalid credentials in Authorization header', {
    exactCase: true,
    read: huggingFaceLayout,
  }),
  // Cloudflare's v4 API refusing its credentials: {"success":false,"errors":[{"code":10000,"message":"Authentication
  // error"}]} (BeeHiveSafety/CloudflareToAbuseIPDB#5, WalshyDev/cf-pages-await#10), wrangler's "Authentication error
  // [code: 10000]" (cloudflare/workers-sdk#2863), the Terraform provider's "Authentication error (10000)"
  // (cloudflare/terraform-provider-cloudflare#3292). Maintainers and users read it as an API token that is invalid or
  // lacks the permission (or zone) the call needs (favonia/cloudflare-ddns#897, bepass-org/tunl#19).
  cloudflare('10000', 'challenge.invalid-token', 'Authentication error', { exactCase: true, read: cloudflare10000 }),
  // Azure Storage's AuthenticationFailed: <Code>AuthenticationFailed</Code><Message>Server failed to authenticate the
  // request. Make sure the value of Authorization header is formed correctly including the signature.
  // (Azure/azure-storage-python#246, #487: "make sure that you put the right storage account name and key … If you are
  // using a SAS token, please double-check that it is still valid"; microsoft/vscode-azurestorage#215). The same words
  // come with an Entra ID token's refusal, whose <AuthenticationErrorDetail> is IdentityModel's "… validation failed"
  // (Azure/azure-sdk-for-java#8667's "Lifetime validation failed. The token is expired."): identity.ts's rows read
  // that, and this row leaves it to them.
  azureStorage(
    'authentication-failed',
    'challenge.invalid-token',
    'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly',
    { exactCase: true, read: azureStorageNotBearer },
  ),
  // Google APIs refusing an API key (key= or x-goog-api-key): {"error":{"code":400,"message":"API key not valid. Please
  // pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo",
  // "reason":"API_KEY_INVALID",…}]}} (vivet/GoogleApi#375, brunnurs/valuenet#12), as google-api-core prints it
  // ("google.api_core.exceptions.InvalidArgument: 400 API key not valid. Please pass a valid API key. [reason:
  // \"API_KEY_INVALID\" …", google-gemini/deprecated-generative-ai-python#481) and the Gemini JS SDK ("[400 Bad Request]
  // API key not valid. … [{…\"reason\":\"API_KEY_INVALID\"…}]", Jazee6/cloudflare-ai-web#13). ESPv2's own body
  // ("INVALID_ARGUMENT:API key not valid…") is proxy-texts.ts's.
  googleApiKey('invalid', 'challenge.invalid-token', 'API key not valid. Please pass a valid API key.', {
    exactCase: true,
    read: googleApiKeyLayout,
  }),
  // Shopify's Admin API 401 for a token or key it does not accept: {"errors":"[API] Invalid API key or access token
  // (unrecognized login or wrong password)"} (christophergregory/shopify-node-api#14, Shopify/shopify-cli#263,
  // gatsbyjs/gatsby-starter-shopify#65; "401. Response message = Unauthorized (…)" from shopify_app,
  // Shopify/shopify_app#1587). The "[API] " before it is Shopify's: the rest alone is not read.
  shopify(
    'invalid-api-key',
    'challenge.invalid-token',
    '[API] Invalid API key or access token (unrecognized login or wrong password)',
    { exactCase: true },
  ),
  // Jira Cloud's REST API when it did not authenticate the request: {"message":"Client must be authenticated to access
  // this resource.","status-code":401} (jira-node/node-jira-client#255, a user sending an API token as basic auth's
  // password). Jira Cloud takes basic auth as the account's email and an API token, not its password
  // (confluence.atlassian.com/cloud/deprecation-of-basic-authentication-with-passwords-for-jira-and-confluence-apis-
  // 972355348.html, cited in the same thread): credentials it does not accept leave the request anonymous.
  jira('client-must-authenticate', 'challenge.invalid-token', 'Client must be authenticated to access this resource.', {
    exactCase: true,
    read: jiraLayout,
  }),
  // HubSpot's 401: {"status":"error","message":"Authentication credentials not found. This API supports both API Key
  // and OAuth 2.0 authentication …","correlationId":"…","category":"INVALID_AUTHENTICATION"} (HubSpot/hubspot-api-python
  // #132, HubSpot/hubspot-api-nodejs#148 and #432, HubSpot/hubspot-api-ruby#181: a private app's pat-… token sent as "Bearer Bearer pat-…",
  // or a token this API does not take). The category is HubSpot's own word for the credential it refused.
  hubspot('invalid-authentication', 'challenge.invalid-token', 'INVALID_AUTHENTICATION', {
    exactCase: true,
    read: hubspotCategory,
  }),
  // Sentry's API (sentry.io or self-hosted, /api/0/…) refusing an auth token: sentry-cli prints "error: API request
  // failed\n  caused by: sentry reported an error: Invalid token (http status: 401)" (getsentry/sentry-cli#844, #1461,
  // getsentry/sentry-capacitor#103, getsentry/sentry#45907); the body is DRF's {"detail":"Invalid token"}, read only with
  // Sentry's host or API path before it.
  sentry('invalid-token-cli', 'challenge.invalid-token', 'sentry reported an error: Invalid token', {
    exactCase: true,
  }),
  sentry('invalid-token', 'challenge.invalid-token', 'Invalid token', { exactCase: true, read: sentryLayout }),
  // Datadog's API refusing its API key (DD-API-KEY) or application key (DD-APPLICATION-KEY) with a 403:
  // {"errors":["Forbidden"]} (GoogleCloudPlatform/terraformer#597), as datadog-api-client prints it ("HTTP-Code: 403
  // Message: {\"errors\":[\"Forbidden\"],…\"statuspage\":\"http://status.datadoghq.com\"…", dbader/node-datadog-metrics
  // #115; DataDog/datadogpy#724). Any JSON API may say "Forbidden": only with Datadog's headers or host near it.
  datadog('forbidden', 'challenge.invalid-token', '["Forbidden"]', { exactCase: true, read: datadogLayout }),
  // Mailgun's API refusing the key it got: a 401 whose body is the plain text "Forbidden", as its SDKs print it
  // (mailgun/mailgun.js#388 `[Error: Unauthorized] { status: 401, details: 'Forbidden', type: 'MailgunAPIError' }`;
  // mailgun/mailgun-js-boland#268 `Error: Forbidden … statusCode: 401`; nextauthjs/next-auth#12925 `Mailgun error:
  // Forbidden`), most often an EU-region key sent to api.mailgun.net (all three threads; dongri/mailgun-rs#9 quotes
  // Mailgun's docs: "If you're sending from our EU infrastructure, … substitute … https://api.mailgun.net with
  // https://api.eu.mailgun.net").
  mailgun('forbidden', 'challenge.invalid-token', 'Forbidden', { exactCase: true, read: mailgunLayout }),
  // Round audit-af: Oracle Cloud Infrastructure refusing a request signed with an API signing key (its config's user,
  // tenancy, fingerprint and key_file): 401 NotAuthenticated, "The required information to complete authentication was
  // not provided or was incorrect." as every SDK prints it (the Python SDK's ServiceError dict, oracle/
  // oci-designer-toolkit#203; the Go SDK's "Service error:NotAuthenticated. …", the Java SDK's "(401, NotAuthenticated,
  // false) …" in OCI's Functions samples for "an incorrect TENANT_OCID or USER_OCID or PUBLIC_KEY_FINGERPRINT"; the
  // Terraform provider's "401-NotAuthenticated, …", linyinfeng/dotfiles CI; docs.oracle.com/iaas/Content/API/References/
  // apierrors.htm lists it as 401 NotAuthenticated). OCI's own sentence, with or without its full stop.
  oci(
    'not-authenticated',
    'challenge.invalid-token',
    'The required information to complete authentication was not provided or was incorrect',
    { exactCase: true },
  ),
  // Round audit-ss: the Vercel CLI refusing its stored login, or the --token / VERCEL_TOKEN it was given, when Vercel's
  // API does not accept it: "Error: The specified token is not valid. Use `vercel login` to generate a new token."
  // (vercel/vercel#10131, its CLI's message since 2023; the same words after "Error!" in its earlier releases,
  // vercel/vercel#3143, #2606, and in Vercel CLI's "Error: The specified token is not valid" under a stale VERCEL_TOKEN,
  // vercel/vercel#14992). The words alone only with Vercel named near, or after the now CLI's "Error! ".
  vercel('token-not-valid', 'challenge.invalid-token', 'The specified token is not valid', {
    exactCase: true,
    read: (f) =>
      f.after(24).startsWith('. Use `vercel login`') ||
      f.before(8).endsWith('Error! ') ||
      (pasteNames(f, 'vercel') && textAround(f, 400, 200).toLowerCase().includes('vercel'))
        ? {}
        : null,
  }),
];
