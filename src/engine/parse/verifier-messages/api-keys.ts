/**
 * SaaS APIs and developer tools refusing a static credential they were sent: an API key, a registry or package-index
 * token, an access key, an account's password. Each is the server judging the credential it got (invalid_token with the
 * product as `via`), never a missing one: checks/credential-kind.ts names the credential so the steps ask about that
 * key (which one, which environment, revoked or rotated), not a JWT's claims. The key a message quotes after its words
 * (Stripe's and OpenAI's "…: sk_live_****1234") is never read: the evidence stops at the words.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { family } from './matcher.js';

const aws = family('aws');
const npm = family('npm');
const stripe = family('stripe');
const openai = family('openai');
const anthropic = family('anthropic');
const twilio = family('twilio');
const pypi = family('pypi');
const dockerHub = family('docker-hub');

/** Python's and Ruby's Stripe exception names before the message (stripe.error., stripe._error., Stripe::). */
function stripeClass(f: Fragment): Reading | null {
  return /(?:stripe\._?error\.|Stripe::)$/.test(f.before(20)) ? {} : null;
}

/** The message member of a JSON reply or a Python dict's repr (`"message":"`, `'message': '`), or the SDK's class. */
function messageMember(f: Fragment): Reading | null {
  return /(?:["']message["']\s?:\s?["']|AuthenticationError: )$/.test(f.before(40)) ? {} : null;
}

/** Anthropic's error object: `"type":"authentication_error","message":"` (JSON, or a Python dict's repr). */
function anthropicAuthError(f: Fragment): Reading | null {
  return /authentication_error["']\s?,\s?["']message["']\s?:\s?["']$/.test(f.before(60)) ? {} : null;
}

/** Twilio's 20003 beside its "Authenticate" (the message's code, on the line or in the inspected object below it). */
function twilio20003(f: Fragment): Reading | null {
  const near = `${f.before(60)} ${f.after(200, true)}`;
  return /(?:^|[^\d])20003(?:[^\d]|$)/.test(near) ? {} : null;
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
  // (joonspk-research/generative_agents#114 "openai.error.AuthenticationError: Incorrect API key provided: …").
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
];
