import { looksRandom } from './far-rest.js';

/**
 * The random-looking session names of assumed-role ARNs (`arn:aws:sts::123:assumed-role/Role/<session>`). A session name
 * is whatever the caller passed to AssumeRole's RoleSessionName ("upper- and lower-case alphanumeric characters with no
 * spaces … underscores or any of the following characters: =,.@-", 2 to 64 of them: docs.aws.amazon.com STS API
 * AssumeRole, aws-sdk-sts AssumeRoleInput.role_session_name), and AWS's denial quotes the ARN whole (checks/aws-denial.ts,
 * policy.deny's principal). Tools fill it with a user's email or a name (`botocore-session-1716900000`), but some with a
 * token or a key's id: one of 20 characters or more with upper and lower case and a digit is kept out of the report as a secret would be. An
 * email is a person's name, shown as it is.
 */
const SESSION = /:assumed-role\/[\w+=,.@-]{1,64}\/([\w+=,.@-]{16,256})/g;
const EMAIL = /^[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}\.[A-Za-z]{2,24}$/;
const WORD_PREFIX = /^(?:[a-z]{1,32}[-_.]){1,6}/;
const MIN_ID = 20;
/** The ARNs read: a paste quoting more names the same session again. */
const MAX_NAMES = 8;

export function randomAwsSessionNames(text: string): string[] {
  if (text.indexOf(':assumed-role/') < 0) return [];
  const out: string[] = [];
  SESSION.lastIndex = 0;
  for (let m = SESSION.exec(text); m !== null && out.length < MAX_NAMES; m = SESSION.exec(text)) {
    const name = m[1] as string;
    if (EMAIL.test(name)) continue;
    // A tool's words before an id (`terraform-run-h7rD1XcGWxHMDCG7`, Terraform Cloud's run id,
    // alphagov/govuk-infrastructure#2439) name a run, not a credential: what follows them is judged, and must be as
    // long as a token's 20 characters or more.
    const id = name.replace(WORD_PREFIX, '');
    if (id.length >= MIN_ID && looksRandom(id, 0, id.length)) out.push(name);
  }
  return out;
}
