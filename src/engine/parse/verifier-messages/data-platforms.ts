/**
 * Data platforms and databases refusing the credential a driver, a SQL client or a scheduler sent them: Databricks'
 * personal access tokens, ClickHouse's users, Azure SQL's Entra tokens, Amazon RDS's IAM authentication tokens, MongoDB
 * and MongoDB Atlas, dbt Cloud's API tokens, and BigQuery's IAM denials. Their words come from drivers and notebooks,
 * not curl, so each row reads the shape its client prints (a Jetty error page, a SQLSTATE, a driver's exception), with
 * the product named near its words where the words alone are anyone's. Snowflake's rows are in services.ts.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CLASS, family, namedNear, pasteNames, textAround, textBefore } from './matcher.js';

const databricks = family('databricks');
const clickhouse = family('clickhouse');
const azureSql = family('azure-sql');
const rds = family('aws-rds');
const atlas = family('mongodb-atlas');
const mongodb = family('mongodb');
const dbtCloud = family('dbt-cloud');
const bigquery = family('bigquery');
const googleApi = family('google-api');
const trino = family('trino');

/**
 * Databricks named near its words: its name (host, SDK, CLI, a pipeline task's), or its REST API's Jetty page ("Problem
 * accessing /api/2.0/…") that answers a refused token before any JSON.
 */
const DATABRICKS_WORDS = /databricks|problem accessing \/api\/2\./i;
function databricksNear(f: Fragment): Reading | null {
  // The paste is asked once (pasteNames' memo); the window is tested in place, not lower-cased into a copy: a paste
  // holding the words thousands of times pays one bounded regex per match.
  if (!pasteNames(f, 'databricks') && !pasteNames(f, 'problem accessing /api/2.')) return null;
  return DATABRICKS_WORDS.test(textAround(f, 1500, 1000)) ? {} : null;
}

/** A PostgreSQL server's refusal as its clients print it: psql and libpq's `FATAL:  …`, lib/pq's `pq: …`. */
function postgresFatal(f: Fragment): Reading | null {
  return /(?:FATAL:\s{1,3}|pq: )$/.test(f.before(16)) ? {} : null;
}

/** BigQuery's "Access Denied: Table <t>: Permission <p> denied on table <t>" (the permission's form; not another reason). */
function bigqueryTableDenied(f: Fragment): Reading | null {
  return /^\S{1,300}: Permission [a-z]{2,30}\.[\w.]{3,80} denied on /.test(f.after(420)) ? {} : null;
}

export const DATA_PLATFORMS: readonly Matcher[] = [
  // Databricks' REST API refusing the token it was sent (a personal access token, dapi…, or an Entra ID / OAuth token):
  // 403 "Invalid access token.", as its Jetty page ("<title>Error 403 Invalid access token.</title>", "Problem accessing
  // /api/2.0/jobs/runs/submit. Reason: Invalid access token.", Azure/MachineLearningNotebooks#840;
  // DataThirstLtd/databricks.vsts.tools#26, an expired token) and as its JSON with X-Databricks-Reason-Phrase
  // (`{"error_code": 403, "message": "Invalid access token."}`, databricks/databricks-sdk-go#873 and #917). Zoom says the
  // same words (saas-apis.ts): only with Databricks named near them.
  databricks('invalid-access-token', 'challenge.invalid-token', 'Invalid access token.', {
    exactCase: true,
    read: databricksNear,
  }),
  // …and a token in its last 30 seconds, which it refuses as expired: "Error 403 Token is expiring within 30 seconds.
  // (token expired)" (databricks/databricks-vscode#583, an Entra ID token the extension refreshed 10 s before expiry).
  databricks('token-expiring', 'time.expired', 'Token is expiring within 30 seconds. (token expired)'),
  // Its access control refusing a principal it authenticated: the cluster ACL's "You do not have permission to attach
  // to cluster <id>" (Databricks Connect's PERMISSION_DENIED, mosaicml/llm-foundry#1703) and the REST API's
  // `{"error_code":"PERMISSION_DENIED","message":"User: SimpleUserContext{…} is not authorized to access cluster"}`
  // (DataThirstLtd/azure.databricks.cicd.tools#135, a service principal without Can Attach To).
  databricks('attach-to-cluster', 'policy.deny', 'You do not have permission to attach to cluster'),
  databricks('not-authorized-cluster', 'policy.deny', 'is not authorized to access cluster', { read: databricksNear }),

  // ClickHouse refusing a user's credentials, code 516 AUTHENTICATION_FAILED: "Code: 516. DB::Exception: default:
  // Authentication failed: password is incorrect, or there is no user with such name." (ClickHouse/ClickHouse#27572 and
  // Altinity/clickhouse-backup#902 from clickhouse-client; DarkWanderer/ClickHouse.Client#365 over the HTTP interface;
  // older servers without the comma, Altinity/clickhouse-operator#786). Clients that wrap the message leave the code's
  // name at its end, "… . (AUTHENTICATION_FAILED)", which is read beside ClickHouse's 516.
  clickhouse('authentication-failed', 'challenge.invalid-token', 'Authentication failed: password is incorrect'),
  clickhouse('authentication-failed-code', 'challenge.invalid-token', '(AUTHENTICATION_FAILED)', {
    exactCase: true,
    read: (f) => {
      const before = textBefore(f, 800);
      if (!before.includes('516')) return null;
      return before.includes('Authentication failed: password is incorrect') ? null : {};
    },
  }),

  // Azure SQL Database (and Synapse, Fabric's SQL endpoints) refusing a login made with a Microsoft Entra access token:
  // error 18456 "Login failed for user '<token-identified principal>'." (dotnet/SqlClient#1408 and #2125,
  // Azure/sql-action#213's sqlcmd, microsoft/DacFx#315's sqlpackage with /AccessToken; Microsoft's "AAD Auth Error -
  // Login failed for user '<token-identified principal>'", techcommunity.microsoft.com/blog/azuredbsupport/…/1417535),
  // with "The server is not currently configured to accept this token." after it when the token is refused outright
  // (Azure/azure-sdk-for-python#45216). Entra issued the token; the database found no user for its principal (no
  // CREATE USER … FROM EXTERNAL PROVIDER in the database connected to), or the token is not for
  // https://database.windows.net/.
  azureSql(
    'token-identified-principal',
    'challenge.invalid-token',
    "Login failed for user '<token-identified principal>'",
    {
      read: (f) => {
        const m = /^\.? ?The server is not currently configured to accept this token\./.exec(f.after(80));
        return m === null ? {} : { extend: m[0].length };
      },
    },
  ),

  // Amazon RDS and Aurora PostgreSQL check an IAM authentication token through PAM: a token refused (past its 15
  // minutes, signed for another host, port, region or user, a role without rds_iam) is "FATAL:  PAM authentication
  // failed for user \"…\"" (paws-r/paws#324 from RPostgres, aws/aws-sdk-java#2617 from psql,
  // haines/pg-aws_rds_iam#639 from Ruby's pg, warpstreamlabs/bento#757 from lib/pq after 15 minutes,
  // cyrilgdn/terraform-provider-postgresql#289).
  rds('pam-authentication-failed', 'challenge.invalid-token', 'PAM authentication failed for user', {
    exactCase: true,
    read: postgresFatal,
  }),

  // MongoDB Atlas's Administration API refusing the API key it was sent (a public and private key pair over HTTP Digest,
  // "MMS Public API" its realm): 401 `{"error":401,"reason":"Unauthorized","detail":"You are not authorized for this
  // resource."}` (mongodb/terraform-provider-mongodbatlas#1327 and #192, akshaykarle/terraform-provider-mongodbatlas#88,
  // mongodb/mongodb-atlas-cli#261 for Ops Manager). Only with MongoDB named near.
  atlas('not-authorized', 'challenge.invalid-token', 'You are not authorized for this resource', {
    read: namedNear(2000, 600, 'mongodb', 'mms public api'),
  }),
  // The MongoDB server refusing a connection's credentials, code 18 AuthenticationFailed, whatever the mechanism (SCRAM's
  // user and password, X.509, MONGODB-OIDC's access token): the Node driver's "MongoServerError: Authentication failed."
  // and its older "MongoError: Authentication failed." (parse-community/parse-server-example#120, `code: 18`).
  mongodb('authentication-failed', 'challenge.invalid-token', 'MongoServerError: Authentication failed', CLASS),
  mongodb('authentication-failed-legacy', 'challenge.invalid-token', 'MongoError: Authentication failed', CLASS),

  // dbt Cloud's API refusing its token (a service token or a personal access token): 401
  // `{"status": {"code": 401, "is_success": false, "user_message": "Invalid token.", …}}` (kestra-io/plugin-dbt#101; #317:
  // a valid token sent to cloud.getdbt.com for an account on a regional access URL gets the same answer).
  dbtCloud('invalid-token', 'challenge.invalid-token', 'Invalid token.', {
    exactCase: true,
    read: (f) => (/"user_message"\s?:\s?"$/.test(f.before(24)) ? {} : null),
  }),

  // BigQuery's IAM denials, which name the permission it checked on the table, dataset or project (the caller was
  // authenticated): "Access Denied: Table p:d.t: Permission bigquery.tables.get denied on table p:d.t (or it may not
  // exist)." (GoogleCloudDataproc/spark-bigquery-connector#478; objectiv/objectiv-analytics#949 for tables.delete),
  // "Access Denied: Project p: User does not have bigquery.jobs.create permission in project p." (kubernetes/k8s.io#2729,
  // igrigorik/gharchive.org#237) and "The user <email> does not have bigquery.tables.get permission for table <t>."
  // (DataBiosphere/data-explorer#225). checks/gcp-permission.ts reads the permission.
  // Trino's coordinator answering a request with neither a user nor credentials: 401 "Basic authentication or
  // X-Trino-User must be sent" (nooberfsh/prusto#43 against Trino 382, its client printing the status and body). None
  // were sent: the user header Trino reads without authentication, or the credentials of the authenticator it has.
  trino('no-user', 'token.missing', 'Basic authentication or X-Trino-User must be sent', { exactCase: true }),
  // Google's front end refusing the OAuth 2 token a client library sent (BigQuery's Node client after a day of one
  // client object, googleapis/nodejs-bigquery#473; @google-cloud/common's ApiError prints the JSON error's message
  // alone): "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid
  // authentication credential." Read here only where it opens its line or follows an error's class, as a client prints
  // it bare: inside a gRPC status or a JSON error, parse/client-errors.ts reads it with its status. Its whole first
  // sentence and the next's start: the first alone is any server's phrase.
  googleApi(
    'invalid-credentials',
    'challenge.invalid-token',
    'Request had invalid authentication credentials. Expected OAuth 2 access token',
    {
      exactCase: true,
      read: (f) => (/^(?:[\s>]*|[^\n]{0,40}\b(?:Api)?Error\]?: )$/.test(f.before(48)) ? {} : null),
    },
  ),
  // Its words for a token without the method's scope, as a client prints the message bare: GYB's "403: Insufficient
  // Permission: Request had insufficient authentication scopes. - insufficientPermissions" (GAM-team/got-your-back#275).
  // Read, as the row above, only where it opens its line or follows an error's class or the reason's words; inside a
  // JSON error or a gRPC status, parse/client-errors.ts and error-bodies.ts read it with its status.
  googleApi('insufficient-scopes', 'scope.insufficient', 'Request had insufficient authentication scopes.', {
    exactCase: true,
    read: (f) =>
      /^(?:[\s>]*|[^\n]{0,40}\b(?:(?:Api)?Error\]?|Insufficient Permission): )$/.test(f.before(48)) ? {} : null,
  }),
  bigquery('table-denied', 'policy.deny', 'Access Denied: Table ', { exactCase: true, read: bigqueryTableDenied }),
  bigquery('user-lacks-permission', 'policy.deny', 'does not have bigquery.', {
    read: (f) => (/(?:\bUser|\bThe user [^\s:]{1,200}) $/.test(f.before(220)) ? {} : null),
  }),
];
