/**
 * What an AWS IAM denial names: the principal, the action it was refused, the resource, and which kind of policy
 * refused it, so the steps can say which policy to change. AWS writes it one way across services
 * (docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html, "Access denied error messages"):
 *
 * - `User: <arn> is not authorized to perform: <action> on resource: <arn> because no <type> policy allows the <action>
 *   action` (an implicit deny: aws-amplify/amplify-backend#2258, alphagov/govuk-infrastructure#2439,
 *   ansible-collections/amazon.cloud#32), `… because no permissions boundary allows …` (nebari-dev/nebari#2152);
 * - `… with an explicit deny in a service control policy` (kubernetes-sigs/aws-load-balancer-controller#2322), `… in a
 *   resource-based policy` (noobaa/noobaa-core#10060), or `… with an explicit deny` alone (aws/chalice#1716).
 *
 * `on resource:` is left out for actions that take none (rekognition:DetectLabels), and quoted by some services (S3's
 * `on resource: "arn:aws:s3:::bucket/key"`, quoted `\"…\"` inside a JSON string).
 */
import type { AwsPolicy } from '../args.js';

const TYPES =
  'identity-based|resource-based|service control|resource control|VPC endpoint|session|permissions boundary';
// Every part is bounded and the joins are literal, so a long paste costs one pass over the window.
const DENIAL = new RegExp(
  String.raw`User: (\S{1,300}) is not authorized to perform: ([A-Za-z0-9-]{1,60}:[A-Za-z0-9*]{1,120})(?:\s{1,8}on resource: \\?"?([^\s"\\]{1,500})\\?"?)?(?:\s{1,8}because no (${TYPES})(?: polic(?:y|ies))? allows\b|\s{1,8}with an explicit deny(?: in (?:an? |the )?(${TYPES}))?)?`,
);

const POLICY: Readonly<Record<string, AwsPolicy>> = {
  'identity-based': 'identity',
  'resource-based': 'resource',
  'service control': 'scp',
  'resource control': 'rcp',
  'vpc endpoint': 'vpc-endpoint',
  session: 'session',
  'permissions boundary': 'boundary',
};

export interface AwsDenial {
  principal?: string;
  permission: string;
  resource?: string;
  awsPolicy?: AwsPolicy;
  explicitDeny?: true;
}

/** How far after a denial's start its `User: …` sentence is looked for (an SDK's prefix comes first). */
const WINDOW = 1200;

/** The IAM denial in text[from, from + WINDOW), or null. Gated on its words, which few pastes hold. */
export function awsDenial(text: string, from: number): AwsDenial | null {
  const at = text.indexOf(' is not authorized to perform: ', from);
  if (at < 0 || at - from > WINDOW) return unnamedCaller(text, from);
  const m = DENIAL.exec(text.slice(Math.max(from, at - 320), at + 900));
  if (m?.[1] === undefined || m[2] === undefined) return null;
  const out: AwsDenial = { principal: m[1], permission: m[2] };
  if (m[3] !== undefined && !cutArn(m[3])) out.resource = m[3];
  const type = m[4] ?? m[5];
  if (type !== undefined) out.awsPolicy = POLICY[type.toLowerCase()] as AwsPolicy;
  if (m[0].includes('explicit deny')) out.explicitDeny = true;
  return out;
}

// Some services address the caller instead of naming it: Amazon Athena's "You are not authorized to perform:
// athena:StartQueryExecution on the resource. After your AWS administrator or you have updated your permissions, please
// try again." (its JDBC driver's AccessDeniedException, dbeaver/dbeaver#21424). The action is named, the principal not.
const UNNAMED = /^You are not authorized to perform: ([A-Za-z0-9-]{1,60}:[A-Za-z0-9*]{1,120})/;

/** The action a denial addressed to "You" names, in text[from, from + WINDOW), or null. */
function unnamedCaller(text: string, from: number): AwsDenial | null {
  const at = text.indexOf('You are not authorized to perform: ', from);
  if (at < 0 || at - from > WINDOW) return null;
  const m = UNNAMED.exec(text.slice(at, at + 240));
  return m?.[1] === undefined ? null : { permission: m[1] };
}

/**
 * An ARN has six colon-separated parts (arn:partition:service:region:account:resource, the IAM user guide's "ARN
 * format"); one with fewer was cut by the paste ("on resource: \"arn" at its end), and would be named as the resource.
 */
function cutArn(resource: string): boolean {
  if (!resource.startsWith('arn')) return false;
  let colons = 0;
  for (let i = resource.indexOf(':'); i >= 0 && colons < 5; i = resource.indexOf(':', i + 1)) colons++;
  return colons < 5;
}
