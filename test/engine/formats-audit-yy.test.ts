/**
 * Round audit-yy: data platforms and databases refusing a token, as drivers, SQL clients, notebooks and schedulers print
 * it: Snowflake's key-pair JWT without its uuid, Databricks' 403 for a personal access token and its cluster ACL,
 * ClickHouse's 516, Azure SQL's token-identified principal, Amazon RDS's IAM token through PAM, MongoDB and Atlas, dbt
 * Cloud, BigQuery's IAM denials with the permission they name. Each row is a public thread's paste (secrets made up);
 * the rows' own sources are beside them in src/engine/parse/verifier-messages/data-platforms.ts and services.ts.
 */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
import { A401, A403, DENIED, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const CATCHES: Row[] = [
  {
    name: 'snowflake-ingest-python: 390144 without the uuid (snowflakedb/snowflake-ingest-python#21)',
    input: [
      'Traceback (most recent call last):',
      '  File "load_pipe.py", line 133, in <module>',
      '    ingest_files(staged_file_list)',
      '  File "load_pipe.py", line 87, in ingest_files',
      '    resp = ingest_manager.ingest_files(staged_file_list)',
      '  File "/usr/local/lib/python3.5/dist-packages/snowflake/ingest/simple_ingest_manager.py", line 121, in ingest_files',
      '    response_body = self.restful.post(target_url, json=payload, headers=headers)',
      '  File "/usr/local/lib/python3.5/dist-packages/snowflake/ingest/utils/network.py", line 83, in _exec_request_with_retry',
      '    raise IngestResponseError(response)',
      'snowflake.ingest.error.IngestResponseError: Http Error: 401, Vender Code: 390144, Message: JWT token is invalid.',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'snowflake',
    excludes: ['token.missing'],
  },
  {
    name: 'Snowflake JDBC under Kafka Connect: two spaces before the uuid (vdesabou/kafka-docker-playground#8726)',
    input: [
      '[2026-07-31 19:19:24,489] INFO [SF_KAFKA_CONNECTOR] Establishing a JDBC connection with url:jdbc:snowflake://nw55474.eu-west-3.aws.snowflakecomputing.com:443 (com.snowflake.kafka.connector.internal.StandardSnowflakeConnectionService:46)',
      '[2026-07-31 19:19:26,468] ERROR [SF_KAFKA_CONNECTOR] Validate: Error connecting to snowflake:[SF_KAFKA_CONNECTOR] Exception: Failed to connect to Snowflake Server',
      'Error Code: 1001',
      'Detail: Snowflake connection issue, reported by Snowflake JDBC',
      'Message: JWT token is invalid.  [ca0d7780-24ac-43b9-915b-b64a37dedf0b]',
      'net.snowflake.client.internal.core.SessionUtil.newSession(SessionUtil.java:940)',
      'net.snowflake.client.internal.core.SessionUtil.openSession(SessionUtil.java:377)',
      'net.snowflake.client.internal.core.SFSession.open(SFSession.java:830)',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'snowflake',
  },
  {
    name: 'the Python connector’s 250001 naming the account host (snowflakedb/SnowAlert#379)',
    input: [
      '> ./../../venv/lib/python3.7/site-packages/snowflake/connector/errors.py:73 in default_errorhandler',
      ">     done_format_msg=errorvalue.get(u'done_format_msg'))",
      '> snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: az06814.west-europe.azure.snowflakecomputing.com:443. JWT token is invalid.',
      '> [6] ./run.py:77 in <module>',
      '>     fire.Fire(main)',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'snowflake',
  },
  {
    name: 'SQLAlchemy over the Python connector: Snowflake’s session past four hours, under the app’s 500 (superduper-io/superduper#2155)',
    input:
      '{"error":"ProgrammingError","messages":"10.244.12.146:37902 - \\"GET /db/show\\"                    500 Internal Server Error <ProgrammingError:                    (snowflake.connector.errors.ProgrammingError) 390114 (08001): Authentication token has expired.  The user must authenticate again.\\n(Background on this error at: https://sqlalche.me/e/14/f405)>","traceback":"Traceback (most recent call last):\\n  File \\"/home/superduper/.local/lib/python3.10/site-packages/snowflake/connector/network.py\\", line 755, in _post_request\\n    ret = self._renew_session()\\n  File \\"/home/superduper/.local/lib/python3.10/site-packages/snowflake/connector/network.py\\", line 529, in _renew_session\\n    return self._token_request(REQUEST_TYPE_RENEW)\\n  File \\"/home/superduper/.local/lib/python3.10/site-packages/snowflake/connector/network.py\\", line 584, in _token_request\\n    raise ReauthenticationRequest(\\nsnowflake.connector.network.ReauthenticationRequest: 390114 (08001): Authentication token has expired.  The user must authenticate again."}',
    status: 500,
    classification: 'authentication',
    top: 'time.expired',
    via: 'snowflake',
  },
  {
    name: 'schemachange: 390111, the session gone (Snowflake-Labs/schemachange#201)',
    input:
      'snowflake.connector.errors.ProgrammingError: 390111: Session no longer exists.  New login required to access the service.',
    ...REFUSED,
    top: 'time.expired',
    via: 'snowflake',
  },
  {
    name: 'the Terraform provider with a private key but a password login: 390100 (snowflakedb/terraform-provider-snowflake#3553)',
    input: [
      '[default]',
      'accountname      = "CompanyName"',
      'organizationname = "RT12345"',
      'user="user.name"',
      'private_key_path="~/.snowflake/key.p8"',
      'private_key_passphrase="testkeyphrase"',
      'role          = "RoleName"',
      'warehouse     = "test_WH"',
      '',
      'Error Message : open snowflake connection: 390100 (08004): Incorrect username or password was specified.',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'snowflake',
  },
  {
    name: 'the Python connector’s 250001 for a password login (xlang-ai/Spider2#107)',
    input:
      '250001 (08001): Failed to connect to DB: RSRSBDK-YDB67606.snowflakecomputing.com:443. Incorrect username or password specified.',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'snowflake',
  },
  {
    name: 'Databricks’ Jetty page for a PAT in an Azure DevOps task (DataThirstLtd/databricks.vsts.tools#26)',
    input: [
      '2020-07-20T17:41:10.8141432Z ##[debug]Error 403 Invalid access token.',
      '2020-07-20T17:41:10.8161869Z ##[debug]',
      '2020-07-20T17:41:10.8180588Z ##[debug]HTTP ERROR 403',
      '2020-07-20T17:41:10.8199301Z ##[debug]Problem accessing /api/2.0/dbfs/put. Reason:',
      '2020-07-20T17:41:10.8217848Z ##[debug]    Invalid access token.',
      '2020-07-20T17:41:10.8750629Z ##[debug]System.Net.WebException: The remote server returned an error: (403) Forbidden.',
      '2020-07-20T17:41:10.8787047Z ##[debug]   at Microsoft.PowerShell.Commands.WebRequestPSCmdlet.GetResponse(WebRequest request)',
      '2020-07-20T17:41:10.9139033Z ##[error]The remote server returned an error: (403) Forbidden.',
      '2020-07-20T17:41:10.9695409Z ##[section]Finishing: Databricks DBFS File Deployment',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'databricks',
    excludes: ['policy.deny'],
  },
  {
    name: 'the Databricks CLI’s request log: X-Databricks-Reason-Phrase (databricks/databricks-sdk-go#873)',
    input: [
      'GET /api/2.0/secrets/scopes/list',
      '> * Host:',
      '> * Accept: application/json',
      '> * Authorization: REDACTED',
      '> * User-Agent: cli/0.214.1 databricks-sdk-go/0.33.0 go/1.21.7 os/windows cmd/secrets_list-scopes sdk-feature/pagination auth/pat',
      '< HTTP/2.0 403 Forbidden',
      '< * Access-Control-Allow-Headers: Authorization, X-Databricks-Azure-Workspace-Resource-Id, X-Databricks-Org-Id, Content-Type',
      '< * Access-Control-Allow-Origin: *',
      '< * Cache-Control: no-cache, no-store, must-revalidate',
      '< * Content-Length: 52',
      '< * Content-Type: application/json; charset=utf-8',
      '< * Date: Thu, 28 Mar 2024 14:10:36 GMT',
      '< * Expires: 0',
      '< * Pragma: no-cache',
      '< * Server: databricks',
      '< * Vary: Accept-Encoding',
      '< * X-Databricks-Reason-Phrase: Invalid access token.',
      '< {',
      '<   "error_code": 403,',
      '<   "message": "Invalid access token."',
      '< }',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'databricks',
    excludes: ['policy.deny'],
  },
  {
    name: 'the Databricks Terraform provider’s request log (databricks/databricks-sdk-go#917)',
    input: [
      '│ Error: cannot read cluster policy: unexpected error handling request: json: cannot unmarshal number into Go struct field APIErrorBody.error_code of type string. This is likely a bug in the Databricks SDK for Go or the underlying REST API. Please report this issue with the following debugging information to the SDK issue tracker at https://github.com/databricks/databricks-sdk-go/issues. Request log:',
      '│ ```',
      '│ GET /api/2.0/policies/clusters/get?policy_id=0014D063BFB38E50',
      '│ > * Host:',
      '│ > * Accept: application/json',
      '│ > * Authorization: REDACTED',
      '│ > * User-Agent: databricks-tf-provider/1.41.0 databricks-sdk-go/0.38.0 go/1.21.9 os/linux terraform/1.8.3 resource/cluster_policy auth/pat cicd/gitlab',
      '│ < HTTP/2.0 403 Forbidden',
      '│ < * Content-Length: 52',
      '│ < * Content-Type: application/json; charset=utf-8',
      '│ < * Date: Fri, 10 May 2024 07:19:53 GMT',
      '│ < * Server: databricks',
      '│ < * Vary: Accept-Encoding',
      '│ < * X-Databricks-Reason-Phrase: Invalid access token.',
      '│ < {',
      '│ <   "error_code": 403,',
      '│ <   "message": "Invalid access token."',
      '│ < }',
      '│ ```',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'databricks',
  },
  {
    name: 'Azure ML running a Databricks job: the Jetty page alone (Azure/MachineLearningNotebooks#840)',
    input: [
      '> <html>',
      '> <head>',
      '> <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>',
      '> <title>Error 403 Invalid access token.</title>',
      '> </head>',
      '> <body><h2>HTTP ERROR 403</h2>',
      '> <p>Problem accessing /api/2.0/jobs/runs/submit. Reason:',
      '> <pre>    Invalid access token.</pre></p>',
      '> </body>',
      '> </html>',
      '> , stack_trace:    at Microsoft.RelInfra.Extensions.HttpClientExtensions.EnsureSuccessStatusCodeAsync(HttpResponseMessage response, Boolean ensureStrictSuccess)',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'databricks',
  },
  {
    name: 'Databricks refusing a token in its last 30 seconds (databricks/databricks-vscode#583)',
    input: 'Error 403 Token is expiring within 30 seconds. (token expired)',
    status: 403,
    classification: 'authentication',
    top: 'time.expired',
    via: 'databricks',
  },
  {
    name: 'Databricks’ cluster ACL to a service principal (DataThirstLtd/azure.databricks.cicd.tools#135)',
    input: [
      'Invoke-RestMethod : {"error_code":"PERMISSION_DENIED","message":"User: SimpleUserContext{userId=1763010680948721, ',
      '2020-09-10T23:15:05.3716987Z name=......., orgId=......, ',
      '2020-09-10T23:15:05.3720575Z azurePrincipalTenantId=......., ',
      '2020-09-10T23:15:05.3721120Z azurePrincipalObjectId=.........} is not authorized to access cluster"}',
      '2020-09-10T23:15:05.3721684Z At C:\\Program ',
      '2020-09-10T23:15:05.3722124Z Files\\WindowsPowerShell\\Modules\\azure.databricks.cicd.tools\\2.1.2915\\Public\\Add-DatabricksLibrary.ps1:102 char:5',
      '2020-09-10T23:15:05.3723575Z     + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebExc ',
      '2020-09-10T23:15:05.3724421Z     + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand',
    ].join('\n'),
    ...DENIED,
    top: 'policy.deny',
    via: 'databricks',
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'Databricks Connect: no permission to attach to the cluster (mosaicml/llm-foundry#1703)',
    input:
      'SparkConnectGrpcException: PERMISSION_DENIED: You do not have permission to attach to cluster 0103-084159-k6zx2i2q-v2n',
    ...DENIED,
    top: 'policy.deny',
    via: 'databricks',
  },
  {
    name: 'prusto against Trino 382: no user and no credentials (nooberfsh/prusto#43)',
    input: 'HttpNotOk(401, "Basic authentication or X-Trino-User must be sent")',
    ...A401,
    top: 'token.missing',
    via: 'trino',
  },
  {
    name: 'ClickHouse.Client over HTTP, its message wrapped across lines (DarkWanderer/ClickHouse.Client#365)',
    input: [
      'Host=10.7.41.10;Database=fg_idamuat;User=cymmetri;Password=D****9',
      'Unhandled exception. ClickHouse.Client.ClickHouseServerException',
      '(0x00000204): Code: 516. DB::Exception: default: Authentication failed:',
      'password is incorrect, or there is no user with such name.',
      '',
      'If you have installed ClickHouse and forgot password you can reset it in',
      'the configuration file.',
      'The password for default user is typically located at',
      '/etc/clickhouse-server/users.d/default-password.xml',
      'and deleting this file will reset the password.',
      'See also /etc/clickhouse-server/users.xml on the server where ClickHouse is',
      'installed.',
      '',
      '. (AUTHENTICATION_FAILED) (version 23.3.2.37 (official build))',
      '',
      'at',
      'ClickHouse.Client.ADO.ClickHouseConnection.HandleError(HttpResponseMessage',
      'response, String query, Activity activity)',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'clickhouse',
  },
  {
    name: 'clickhouse-client’s 516 (Altinity/clickhouse-backup#902)',
    input: [
      'ClickHouse client version 24.3.2.23 (official build).',
      'Connecting to l-clickhouse102.wdn.clarkinc.io:9000 as user default.',
      'Code: 516. DB::Exception: Received from l-clickhouse102.wdn.clarkinc.io:9000. DB::Exception: default: Authentication failed: password is incorrect, or there is no user with such name.',
      '',
      'If you have installed ClickHouse and forgot password you can reset it in the configuration file.',
      'The password for default user is typically located at /etc/clickhouse-server/users.d/default-password.xml',
      'and deleting this file will reset the password.',
      'See also /etc/clickhouse-server/users.xml on the server where ClickHouse is installed.',
      '',
      '. (AUTHENTICATION_FAILED)',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'clickhouse',
  },
  {
    name: 'sqlcmd in Azure/sql-action with a managed identity (Azure/sql-action#213)',
    input: [
      "##[debug]Validating if client has access to 'master' on '...-sqlserver01.database.windows.net'.",
      "The process 'sqlcmd.exe' failed with exit code 1",
      "SqlCmd stderr: mssql: login error: Login failed for user '<token-identified principal>'.",
      "mssql: login error: Login failed for user '<token-identified principal>'.",
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'azure-sql',
  },
  {
    name: 'SqlClient with a service principal (dotnet/SqlClient#1408)',
    input: [
      "Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user '<token-identified principal>'.",
      '   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)',
      '   at Microsoft.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, Boolean callerHasConnectionLock, Boolean asyncClose)',
      '   at Microsoft.Data.SqlClient.TdsParser.TryRun(RunBehavior runBehavior, SqlCommand cmdHandler, SqlDataReader dataStream, BulkCopySimpleResultSet bulkCopyHandler, TdsParserStateObject stateObj, Boolean& dataReady)',
      '   at Microsoft.Data.SqlClient.SqlInternalConnectionTds.CompleteLogin(Boolean enlistOK)',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'azure-sql',
  },
  {
    name: 'ODBC: the server is not configured to accept this token (Azure/azure-sdk-for-python#45216)',
    input:
      "SQL Server]Login failed for user '<token-identified principal>'. The server is not currently configured to accept this token.",
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'azure-sql',
  },
  {
    name: 'RPostgres with an RDS token (paws-r/paws#324)',
    input: [
      'Error in connection_create(names(opts), as.vector(opts)) : ',
      '  FATAL:  PAM authentication failed for user "xxxxxxxx"',
      'FATAL:  pg_hba.conf rejects connection for host "xxxxxxxx", user "xxxxxxxx", database "xxxxxxxx", SSL off',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'aws-rds',
  },
  {
    name: 'lib/pq after the token’s 15 minutes (warpstreamlabs/bento#757)',
    input:
      '{"@service":"bento","label":"request_aggregator_output_database","level":"error","msg":"Failed to send message to sql_raw: pq: PAM authentication failed for user \\"streaminguser\\"","path":"root.output.switch.output","time":"2026-03-16T11:23:11Z"}',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'aws-rds',
  },
  {
    name: 'Ruby’s pg from EKS (haines/pg-aws_rds_iam#639)',
    input:
      '/usr/local/bundle/ruby/3.3.0/gems/pg-1.5.4/lib/pg/connection.rb:696:in `async_connect_or_reset\': connection to server at "172.31.15.204", port 5432 failed: FATAL:  PAM authentication failed for user "user_name" (PG::ConnectionBad)',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'aws-rds',
  },
  {
    name: 'spark-bigquery-connector: tables.get denied (GoogleCloudDataproc/spark-bigquery-connector#478)',
    input: [
      'Exception in thread "main" com.google.cloud.spark.bigquery.repackaged.com.google.cloud.bigquery.BigQueryException: Access Denied: Table project.dataset.table: Permission bigquery.tables.get denied on table project.dataset.table (or it may not exist).',
      '	at com.google.cloud.spark.bigquery.repackaged.com.google.cloud.bigquery.spi.v2.HttpBigQueryRpc.translate(HttpBigQueryRpc.java:115)',
      '	at com.google.cloud.spark.bigquery.repackaged.com.google.cloud.bigquery.spi.v2.HttpBigQueryRpc.getTable(HttpBigQueryRpc.java:286)',
    ].join('\n'),
    ...DENIED,
    top: 'policy.deny',
    via: 'bigquery',
  },
  {
    name: 'BigQuery’s DB-API under SQLAlchemy: tables.delete denied (objectiv/objectiv-analytics#949)',
    input: [
      'DatabaseError: (google.cloud.bigquery.dbapi.exceptions.DatabaseError) 403 Access Denied: Table objectiv-production:snowplow.sample_data: Permission bigquery.tables.delete denied on table objectiv-production:snowplow.sample_data (or it may not exist).',
      '',
      'Location: europe-west4',
      'Job ID: 59f7ef5e-617d-4e76-b24a-917f09dc9c63',
      '',
      '[SQL: DROP TABLE IF EXISTS `sample_data`]',
      '(Background on this error at: https://sqlalche.me/e/14/4xp6)...',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'bigquery',
  },
  {
    name: 'BigQuery: no jobs.create in the project (kubernetes/k8s.io#2729)',
    input:
      'Access Denied: Project kubernetes-public: User does not have bigquery.jobs.create permission in project kubernetes-public.',
    ...DENIED,
    top: 'policy.deny',
    via: 'bigquery',
  },
  {
    name: 'BigQuery’s Node client after a day: Google’s words alone (googleapis/nodejs-bigquery#473)',
    input:
      'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'google-api',
  },
  {
    name: 'BigQuery through googleapis: a service account without tables.get (DataBiosphere/data-explorer#225)',
    input:
      'Forbidden: 403 GET https://www.googleapis.com/bigquery/v2/projects/<project-id>/datasets/<dataset>/tables/<table>: Access Denied: Table <table>: The user <dataset>-data-explorer@appspot.gserviceaccount.com does not have bigquery.tables.get permission for table <table>.',
    ...A403,
    top: 'policy.deny',
    via: 'bigquery',
  },
  {
    name: 'MongoDB Atlas’s Admin API under Terraform, Digest realm (mongodb/terraform-provider-mongodbatlas#1327)',
    input: [
      'Www-Authenticate: Digest realm="MMS Public API", domain="", nonce="I+xG4xb7bUgq8uMBCuAxZPI+VDDcJ9q1", algorithm=MD5, qop="auth", stale=false',
      'X-Envoy-Upstream-Service-Time: 6',
      '',
      '{',
      '"error" : 401,',
      '"reason" : "Unauthorized",',
      '"detail" : "You are not authorized for this resource."',
      '}',
      '-----------------------------------------------------: timestamp=2023-07-17T22:58:43.637-0300',
      '2023-07-17T22:58:43.638-0300 [ERROR] provider.terraform-provider-mongodbatlas_v1.10.1: Response contains error diagnostic: diagnostic_detail= diagnostic_summary="error deleting organization information: GET https://cloud.mongodb.com/api/atlas/v1.0/orgs/64[REDACTED]21: 401 (request "") You are not authorized for this resource." tf_rpc=ReadResource',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'mongodb-atlas',
    excludes: ['token.missing'],
  },
  {
    name: 'MongoDB Atlas via the community Terraform provider (akshaykarle/terraform-provider-mongodbatlas#88)',
    input:
      'data.mongodbatlas_project.project: data.mongodbatlas_project.project: Error reading MongoDB Project with name StarWarsDB: _ MongoDB Atlas: 401 You are not authorized for this resource._',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'mongodb-atlas',
    excludes: ['token.missing'],
  },
  {
    name: 'the MongoDB driver’s code 18 (parse-community/parse-server-example#120)',
    input: [
      'Uncaught internal server error. { [MongoError: Authentication failed.]',
      "  name: 'MongoError',",
      "  message: 'Authentication failed.',",
      '  ok: 0,',
      '  code: 18,',
      "  errmsg: 'Authentication failed.' } MongoError: Authentication failed.",
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'mongodb',
  },
  {
    name: 'Airflow 2’s REST API with curl -u and no basic_auth backend (bitnami/containers#51069)',
    input: [
      "$ curl -u '***:***' -H 'Accept: application/json' -X GET 'https://***/api/v1/dags'",
      '{',
      '  "detail": null,',
      '  "status": 401,',
      '  "title": "Unauthorized",',
      '  "type": "https://airflow.apache.org/docs/apache-airflow/2.7.1/stable-rest-api-ref.html#section/Errors/Unauthenticated"',
      '}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'airflow',
    excludes: ['authz-header.scheme'],
  },
  {
    name: 'the Elasticsearch JS client’s security_exception on Elastic Cloud (elastic/elasticsearch-js#2683)',
    input: [
      'security_exception',
      '        Root causes:',
      '                security_exception: unable to authenticate with provided credentials and anonymous access is not allowed for this request',
      '    at SniffingTransport._request (D:\\learning\\firebaseexpressstarter\\node_modules\\@elastic\\transport\\lib\\Transport.js:543:27)',
      '    at async Client.BulkApi [as bulk] (D:\\learning\\firebaseexpressstarter\\node_modules\\@elastic\\elasticsearch\\lib\\api\\api\\bulk.js:58:12)',
      '  meta: {',
      '    body: { error: [Object], status: 401 },',
      '    statusCode: 401,',
      '    headers: {',
      "      'content-length': '777',",
      "      'content-type': 'application/vnd.elasticsearch+json;compatible-with=8',",
      "      'www-authenticate': [Array],",
      "      'x-cloud-request-id': 'IYeewPlHS0SBCvkXMNmfog',",
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'elasticsearch',
  },
  {
    name: 'Elasticsearch.Net with an API key: Could not authenticate with the specified node (markmcdowell/NLog.Targets.ElasticSearch#178)',
    input: [
      'Exception: Elasticsearch.Net.ElasticsearchClientException: Could not authenticate with the specified node. Try verifying your credentials or check your Shield configuration. Call: Status code 401 from: POST /_bulk ---> Elasticsearch.Net.PipelineException: Could not authenticate with the specified node. Try verifying your credentials or check your Shield configuration. ---> System.Net.WebException: The remote server returned an error: (401) Unauthorized.',
      '   at System.Net.HttpWebRequest.GetResponse()',
      '   at Elasticsearch.Net.RequestPipeline.ThrowBadAuthPipelineExceptionWhenNeeded(IApiCallDetails details, IElasticsearchResponse response)',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'elasticsearch',
    excludes: ['token.missing'],
  },
  {
    name: 'Trino’s OAuth 2 callback: the IdP refused Trino’s own client (trinodb/trino#24948)',
    input: [
      '2025-02-06T14:00:35.342Z	DEBUG	http-worker-173	io.trino.server.security.oauth2.OAuth2Service	 Authentication response could not be verified: state=',
      'java.lang.RuntimeException: Unable to parse response status=[401], body=[{"error_description":"Invalid authentication method for accessing this endpoint.","error":"invalid_client"}]',
      '	at io.trino.server.security.oauth2.NimbusAirliftHttpClient$NimbusResponseHandler.handle(NimbusAirliftHttpClient.java:132)',
      '	at io.trino.server.security.oauth2.NimbusOAuth2Client.getTokenResponse(NimbusOAuth2Client.java:382)',
    ].join('\n'),
    ...A401,
    top: 'oauth.invalid-client',
  },
  {
    name: 'the Redshift JDBC driver’s IAM credentials refused across accounts (aws/aws-toolkit-jetbrains#3297)',
    input:
      '[99999] IAM error retrieving temp credentials: User: arn:aws:iam::111111111111:user/people/craig is not authorized to perform: redshift:GetClusterCredentials on resource: arn:aws:redshift:eu-west-1:111111111111:dbuser:analytics-cluster/IAM:temp_craig with an explicit deny (Service: AmazonRedshift; Status Code: 403; Error Code: AccessDenied; Request ID: 0b1c2d3e-aaaa-bbbb-cccc-123456789abc; Proxy: null)',
    ...A403,
    top: 'policy.deny',
    via: 'aws',
  },
  {
    name: 'the Redshift JDBC driver with session credentials in its URL (aws/amazon-redshift-jdbc-driver#96)',
    input:
      'Caused by: com.amazonaws.services.redshift.model.AmazonRedshiftException: The security token included in the request is invalid. (Service: AmazonRedshift; Status Code: 403; Error Code: InvalidClientTokenId; Request ID: 4f5e6d7c-1111-2222-3333-444455556666; Proxy: null)',
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'aws',
    excludes: ['policy.deny'],
  },
  {
    name: 'dbt Cloud’s API through Kestra (kestra-io/plugin-dbt#101)',
    input: [
      '2024-03-19T11:57:16.280Z ERROR Request failed \'401\' and body \'{"status": {"code": 401, "is_success": false, "user_message": "Invalid token.", "developer_message": null}, "data": null}\'',
      '2024-03-19T11:57:16.280Z ERROR Unauthorized',
      '2024-03-19T11:57:16.280Z TRACE io.micronaut.http.client.exceptions.HttpClientResponseException: Request failed \'401\' and body \'{"status": {"code": 401, "is_success": false, "user_message": "Invalid token.", "developer_message": null}, "data": null}\'',
      '	at io.kestra.plugin.dbt.cloud.AbstractDbtCloud.request(AbstractDbtCloud.java:84)',
      '	at io.kestra.plugin.dbt.cloud.CheckStatus.fetchRunResponse(CheckStatus.java:192)',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'dbt-cloud',
    excludes: ['token.missing'],
  },
];

describe('data platforms refusing a credential: one real paste per row', () => {
  it.each(CATCHES)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('the steps name the product’s credential, never a JWT’s claims for an opaque one', () => {
  it('catches: Databricks’ PAT step, with no exp/iss/aud/kid step', async () => {
    const r = await run(CATCHES.find((row) => row.name.includes('X-Databricks-Reason-Phrase'))?.input ?? '');
    expect(r.nextSteps.join(' ')).toContain('personal access token');
    expect(r.nextSteps.join(' ')).not.toMatch(/\bexp, iss, aud\b/);
  });
  it('catches: RDS’s step names the 15 minutes and rds_iam', async () => {
    const steps = (await run('FATAL:  PAM authentication failed for user "app"')).nextSteps.join(' ');
    expect(steps).toContain('15 minutes');
    expect(steps).toContain('rds_iam');
  });
  it('catches: Azure SQL’s step names the database user and https://database.windows.net/', async () => {
    const r = await run("Login failed for user '<token-identified principal>'.");
    expect(r.findings[0]?.title).toContain('Azure SQL');
    expect(r.findings[0]?.detail).not.toContain('expired, revoked');
    const steps = r.nextSteps.join(' ');
    expect(steps).toContain('FROM EXTERNAL PROVIDER');
    expect(steps).toContain('https://database.windows.net/');
  });
  it('catches: Trino’s 401 for no user asks for X-Trino-User or the cluster’s credentials, not a Bearer header', async () => {
    const steps = (await run('HttpNotOk(401, "Basic authentication or X-Trino-User must be sent")')).nextSteps.join(
      ' ',
    );
    expect(steps).toContain('X-Trino-User');
    expect(steps).not.toContain('Authorization: Bearer <token>');
  });
  it('catches: BigQuery’s denial names the permission and the table to grant it on', async () => {
    const f = await catches(
      'policy.deny',
      'Access Denied: Table my-proj:sales.orders: Permission bigquery.tables.getData denied on table my-proj:sales.orders (or it may not exist).',
    );
    expect(f.args).toMatchObject({
      via: 'bigquery',
      permission: 'bigquery.tables.getData',
      resource: 'my-proj:sales.orders',
    });
  });
  it('catches: the product as its makers write it, in Japanese too', async () => {
    const en = await renderText(
      await run(
        'Code: 516. DB::Exception: default: Authentication failed: password is incorrect, or there is no user with such name.',
      ),
    );
    expect(en).toContain('ClickHouse');
    const ja = await run('Http Error: 401, Vender Code: 390144, Message: JWT token is invalid.', { locale: 'ja' });
    expect(ja.findings[0]?.detail).toContain('Snowflake');
  });
});

/** A Snowflake key-pair JWT as the SQL API's guide builds it, its signature masked. */
function snowflakeJwt(claims: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.***`;
}

describe('Snowflake’s key-pair JWT beside its 390144', () => {
  const iss = 'MYORG-ACCT.ETL_USER.SHA256:5rW2bJ3k7o0nq1Ff6Jt8Q0WwP7m5n2x1B9cY4dZ0aE=';
  const paste = (claims: Record<string, unknown>) =>
    `POST https://myorg-acct.snowflakecomputing.com/api/v2/statements\nAuthorization: Bearer ${snowflakeJwt(claims)}\nX-Snowflake-Authorization-Token-Type: KEYPAIR_JWT\n\nHTTP/1.1 401 Unauthorized\n\n{ "code" : "390144", "message" : "JWT token is invalid. [7fb87e37-2f26-4a10-9f9c-72276ea898bf]" }`;

  it('catches: a client clock ahead of Snowflake’s, and no aud asked of a JWT that has none by design', async () => {
    const input = paste({ iss, sub: 'MYORG-ACCT.ETL_USER', iat: NOW + 400, exp: NOW + 3400 });
    await catches('time.issued-in-future', input);
    await catchesNot('claim.aud-missing', input);
  });
  it('catches not: a JWT whose iss is not its sub’s key fingerprint still has its aud asked for', async () => {
    await catches(
      'claim.aud-missing',
      paste({ iss: 'https://issuer.example.com/', sub: 'MYORG-ACCT.ETL_USER', iat: NOW - 60, exp: NOW + 3000 }),
    );
  });
});

describe('AWS denials addressed to the caller', () => {
  const athena =
    '[Simba][AthenaJDBC](100071) An error has been thrown from the AWS Athena client. You are not authorized to perform: athena:StartQueryExecution on the resource. After your AWS administrator or you have updated your permissions, please try again. (Service: AmazonAthena; Status Code: 400; Error Code: AccessDeniedException; Request ID: acab5009-88d9-499c-b58b-c8159fd892bc; Proxy: null)';
  it('catches: Athena’s JDBC driver names the action, not the principal (dbeaver/dbeaver#21424)', async () => {
    const f = await catches('policy.deny', athena);
    expect(f.args).toMatchObject({ via: 'aws', permission: 'athena:StartQueryExecution' });
    expect(f.args).not.toHaveProperty('principal');
  });
  it('catches: an IAM user with a path is named by its name, not its path (aws/aws-toolkit-jetbrains#3297)', async () => {
    const r = await run(CATCHES.find((row) => row.name.includes('aws-toolkit-jetbrains#3297'))?.input ?? '');
    expect(r.nextSteps.join(' ')).toContain('the user craig');
    expect(r.nextSteps.join(' ')).not.toContain('the user people');
  });
  it('catches not: "You are not authorized to perform this operation" names no action', async () => {
    const f = await catches(
      'policy.deny',
      'An error occurred (AccessDeniedException) when calling the ListKeys operation: You are not authorized to perform this operation.',
    );
    expect(f.args).not.toHaveProperty('permission');
  });
});

describe('near misses stay someone else’s', () => {
  it('catches not: "JWT token is invalid." with neither Snowflake nor 390144 near it', async () => {
    const r = await run('Error: JWT token is invalid.');
    expect(r.findings.some((f) => f.args.via === 'snowflake')).toBe(false);
  });
  it('catches not: "Invalid access token." with no Databricks near it', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n\n{"message":"Invalid access token."}');
    expect(r.findings.some((f) => f.args.via === 'databricks')).toBe(false);
  });
  it('catches not: PAM’s words in a sentence, not a PostgreSQL error', async () => {
    const r = await run('We saw PAM authentication failed for user bob in the sshd log yesterday.');
    expect(r.findings.some((f) => f.args.via === 'aws-rds')).toBe(false);
  });
  it('catches not: "You are not authorized for this resource" with no MongoDB near it', async () => {
    const r = await run('HTTP/1.1 403 Forbidden\n\n{"error":"You are not authorized for this resource"}');
    expect(r.findings.some((f) => f.args.via === 'mongodb-atlas')).toBe(false);
  });
  it('catches not: "Invalid token." outside dbt Cloud’s user_message', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n\n{"message": "Invalid token."}');
    expect(r.findings.some((f) => f.args.via === 'dbt-cloud')).toBe(false);
  });
  it('catches not: (AUTHENTICATION_FAILED) without ClickHouse’s 516', async () => {
    const r = await run('ERROR: login refused (AUTHENTICATION_FAILED)');
    expect(r.findings.some((f) => f.args.via === 'clickhouse')).toBe(false);
  });
  it('catches not: "Authentication token has expired." without Snowflake’s 390114', async () => {
    const r = await run('Error: Authentication token has expired. Please sign in again.');
    expect(r.findings.some((f) => f.args.via === 'snowflake')).toBe(false);
  });
  it('catches not: Basic sent to an API whose refusal is no product’s Basic credential keeps authz-header.scheme', async () => {
    await catches(
      'authz-header.scheme',
      'GET /api/orders HTTP/1.1\nAuthorization: Basic dXNlcjpwYXNz\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer\n',
    );
  });
  it('catches not: Docker Hub’s "incorrect username or password" stays Docker Hub’s', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'Error response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password',
    );
    expect(f.args.via).toBe('docker-hub');
  });
  it('catches: the Databricks cluster ACL’s step names Can Attach To', async () => {
    const steps = (
      await run('PERMISSION_DENIED: You do not have permission to attach to cluster 0103-084159-k6zx2i2q-v2n')
    ).nextSteps;
    expect(steps.join(' ')).toContain('Can Attach To');
  });
  it('catches not: Google’s words inside the Python client’s status are read once, with their status', async () => {
    const r = await run(
      'google.api_core.exceptions.Unauthenticated: 401 Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
    );
    expect(r.findings.filter((f) => f.code === 'challenge.invalid-token')).toHaveLength(1);
  });
  it('catches not: Elasticsearch’s refusal beside a decoded JWT (its JWT realm) keeps the token’s words', async () => {
    const claims = Buffer.from(
      JSON.stringify({ iss: 'https://idp.example.com/', aud: 'es', sub: 'svc', exp: NOW + 600 }),
    ).toString('base64url');
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'k1' })).toString('base64url');
    const f = await catches(
      'challenge.invalid-token',
      `Authorization: Bearer ${header}.${claims}.***\n\n{"error":{"type":"security_exception","reason":"unable to authenticate with provided credentials and anonymous access is not allowed for this request"},"status":401}`,
    );
    expect(f.args).not.toHaveProperty('credential');
  });
  it('catches not: a BigQuery Access Denied that names no permission (a quota, a location)', async () => {
    await catchesNot('policy.deny', 'Access Denied: Table p:d.t: Quota exceeded for quota metric reads.');
  });
  it('catches not: Azure Database for PostgreSQL’s FATAL lines stay its own', async () => {
    const f = await catches(
      'claim.aud-mismatch',
      'FATAL: The access token does not have a valid audience claim. Please acquire a new token for the resource "https://ossrdbms-aad.database.windows.net".',
    );
    expect(f.args.via).toBe('azure-postgresql');
  });
});

describe('speed: the rows’ readers on a paste that holds their words thousands of times', () => {
  it.each([
    ['Databricks', 'databricks Invalid access token. '],
    ['ClickHouse', 'Code: 516 (AUTHENTICATION_FAILED) '],
    ['BigQuery', 'Access Denied: Table x:y.z: Quota exceeded for '],
  ])('%s: 1 MB in well under two seconds', async (_name, unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = performance.now();
    await run(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
