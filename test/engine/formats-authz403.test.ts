/**
 * Round authz403: real 403s and their look-alikes, rebuilt from public issue threads (hosts and tokens our own, the
 * products' words as they print them). An authorization layer refusing a caller it identified is the server's word,
 * policy.deny (src/engine/parse/verifier-messages/authz.ts); the same layers saying the user is anonymous is an
 * authentication failure, token.missing, whatever the status. The `not:` rows hold near-misses: the words in prose, the
 * other branch of the same log, another product's look-alike.
 */
import { describe, it } from 'vitest';
import { A401, A403, DENIED, QUIET, REFUSED, S403 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, hs256 } from '../helpers/tokens.js';

const TOKEN = hs256({ ...CLAIMS, roles: ['ADMIN'] });
const SIGNATURE = TOKEN.split('.')[2] as string;
const BEARER = `Authorization: Bearer ${TOKEN}`;

describe('formats, authorization layers refusing an identified caller: a stated policy.deny', () => {
  it.each<Row>([
    {
      // https://github.com/keets2012/Auth-service/issues/11
      name: 'Spring Security before 5.5: "Access is denied (user is not anonymous)" and the AccessDeniedException',
      input: [
        'GET /api/admin/users -> 403',
        '2026-05-28 14:09:58.120 DEBUG 1 --- [nio-8080-exec-3] o.s.s.w.a.ExceptionTranslationFilter : Access is denied (user is not anonymous); delegating to AccessDeniedHandler',
        'org.springframework.security.access.AccessDeniedException: Access is denied',
        '\tat org.springframework.security.access.vote.AffirmativeBased.decide(AffirmativeBased.java:84)',
        BEARER,
      ].join('\n'),
      ...A403,
      top: 'policy.deny',
      via: 'spring-security',
      excludes: ['token.missing', 'status.mismatch'],
    },
    {
      // https://github.com/spring-projects/spring-boot/issues/34850 (the 5.5+ trace of the same filter)
      name: 'Spring Security 6: "Sending … to access denied handler since access is denied"',
      input: [
        S403,
        'TRACE o.s.s.w.a.ExceptionTranslationFilter : Sending UsernamePasswordAuthenticationToken [Principal=admin, Credentials=[PROTECTED], Authenticated=true, Granted Authorities=[ADMIN]] to access denied handler since access is denied',
        BEARER,
      ].join('\n'),
      ...A403,
      top: 'policy.deny',
      via: 'spring-security',
    },
    {
      // https://github.com/manosim/django-rest-framework-api-key/issues/22
      name: 'Django REST framework’s PermissionDenied body',
      input: [
        'HTTP 403 Forbidden',
        '',
        '{',
        '    "detail": "You do not have permission to perform this action."',
        '}',
        BEARER,
      ].join('\n'),
      ...A403,
      top: 'policy.deny',
      via: 'django-rest-framework',
    },
    {
      // Laravel's AuthorizationException as a 403 JSON body (laravel/framework src/Illuminate/Auth/Access)
      name: 'Laravel’s "This action is unauthorized."',
      input: [
        'POST https://api.example.com/api/posts/12 403 (Forbidden)',
        '{',
        '    "message": "This action is unauthorized."',
        '}',
        BEARER,
      ].join('\n'),
      ...A403,
      top: 'policy.deny',
      via: 'laravel',
    },
    {
      name: 'Pundit’s NotAuthorizedError in a Rails log (varvet/pundit lib/pundit.rb)',
      input: [
        'Completed 403 Forbidden in 12ms (ActiveRecord: 1.9ms)',
        '',
        'Pundit::NotAuthorizedError (not allowed to update? this Post):',
      ].join('\n'),
      ...A403,
      top: 'policy.deny',
      via: 'pundit',
    },
    {
      name: 'CanCanCan’s AccessDenied default message, no token pasted (lib/cancan/exceptions.rb)',
      input: [
        'Completed 403 Forbidden in 8ms',
        'CanCan::AccessDenied (You are not authorized to access this page.):',
      ].join('\n'),
      ...A403,
      top: 'policy.deny',
      via: 'cancancan',
    },
    {
      // https://github.com/ossf/scorecard/issues/1504
      name: 'GitHub’s 403 for a token not authorized for the organization’s SAML SSO, as a Go client prints it',
      input:
        '2026/05/28 14:09:58 repo unreachable: GET https://api.github.com/repos/acme/app: 403 Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization. []',
      ...A403,
      top: 'policy.deny',
      via: 'github',
    },
    {
      // https://github.com/mapbox/github-release-tools/issues/28
      name: 'the same refusal as GitHub’s JSON body',
      input: [
        'HTTP/2 403',
        '{"message":"Resource protected by organization SAML enforcement. You must grant your personal token access to this organization.","documentation_url":"https://help.github.com/articles/authenticating-to-a-github-organization-with-saml-single-sign-on/"}',
      ].join('\n'),
      ...A403,
      top: 'policy.deny',
    },
    {
      // https://github.com/microsoft/vscode-azurestorage/issues/944 (the Azure CLI's form of the same error)
      name: 'Azure RBAC’s AuthorizationFailed as the Azure CLI prints it, no status',
      input:
        "ERROR: (AuthorizationFailed) The client 'deploy-sp@example.com' with object id '00000000-1111-2222-3333-444444444444' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourcegroups/read' over scope '/subscriptions/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/resourcegroups/rg-prod' or the scope is invalid. If access was recently granted, please refresh your credentials.",
      ...DENIED,
      top: 'policy.deny',
      via: 'azure-resource-manager',
    },
  ])('$name', async (row) => {
    await expectPasteRow(row, [SIGNATURE]);
  });
});

describe('formats, authorization layers saying the caller is anonymous: token.missing', () => {
  it.each<Row>([
    {
      // https://github.com/i8beef/HomeAutio.Mqtt.GoogleHome/issues/120
      name: 'ASP.NET Core’s DenyAnonymousAuthorizationRequirement beside a pasted token, no status',
      input: [
        'info: Microsoft.AspNetCore.Authorization.DefaultAuthorizationService[2]',
        '      Authorization failed. These requirements were not met:',
        '      DenyAnonymousAuthorizationRequirement: Requires an authenticated user.',
        `token: ${TOKEN}`,
      ].join('\n'),
      ...REFUSED,
      top: 'token.missing',
      via: 'aspnetcore',
      excludes: ['policy.deny'],
    },
    {
      name: 'Spring Security before 5.5: "Access is denied (user is anonymous)" with its AccessDeniedException',
      input: [
        'HTTP/1.1 401',
        'DEBUG o.s.s.w.a.ExceptionTranslationFilter : Access is denied (user is anonymous); redirecting to authentication entry point',
        'org.springframework.security.access.AccessDeniedException: Access is denied',
      ].join('\n'),
      ...A401,
      top: 'token.missing',
      excludes: ['policy.deny'],
    },
    {
      name: 'Spring Security 6: a 403 whose trace sends the anonymous user to the entry point',
      input: [
        S403,
        'TRACE o.s.s.w.a.ExceptionTranslationFilter : Sending AnonymousAuthenticationToken [Principal=anonymousUser, Credentials=[PROTECTED], Authenticated=true, Granted Authorities=[ROLE_ANONYMOUS]] to authentication entry point since access is denied',
        BEARER,
      ].join('\n'),
      status: 403,
      classification: 'authentication',
      top: 'token.missing',
      includes: ['status.mismatch'],
      excludes: ['policy.deny'],
    },
    {
      // https://github.com/kubernetes/kubernetes/issues/50432
      name: 'Kubernetes RBAC naming system:anonymous: the API server authenticated no token',
      input: [
        'kubectl --user=me@example.com get nodes',
        'Error from server (Forbidden): nodes is forbidden: User "system:anonymous" cannot list resource "nodes" in API group "" at the cluster scope',
      ].join('\n'),
      ...REFUSED,
      top: 'token.missing',
      via: 'kubernetes',
      excludes: ['policy.deny'],
    },
    {
      name: 'the same in the API server’s Status object (code 403)',
      input: [
        '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",',
        '"message":"pods is forbidden: User \\"system:anonymous\\" cannot list resource \\"pods\\" in API group \\"\\" in the namespace \\"default\\"",',
        '"reason":"Forbidden","details":{"kind":"pods"},"code":403}',
      ].join('\n'),
      status: 403,
      classification: 'authentication',
      top: 'token.missing',
      includes: ['status.mismatch'],
      excludes: ['policy.deny'],
    },
  ])('$name', async (row) => {
    await expectPasteRow(row, [SIGNATURE]);
  });
});

describe('formats, an S3 presigned URL past its expiry', () => {
  it.each<Row>([
    {
      // https://github.com/aws/aws-sdk-php/issues/1333
      name: 'S3’s AccessDenied "Request has expired" with Expires and ServerTime',
      input: [
        '<Error>',
        '    <Code>AccessDenied</Code>',
        '    <Message>Request has expired</Message>',
        '    <X-Amz-Expires>300</X-Amz-Expires>',
        '    <Expires>2026-05-28T14:04:45Z</Expires>',
        '    <ServerTime>2026-05-28T14:09:55Z</ServerTime>',
        '</Error>',
      ].join('\n'),
      ...REFUSED,
      top: 'time.expired',
      via: 'aws-s3',
    },
  ])('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, authz403 near-misses', () => {
  it.each<Row>([
    {
      // https://github.com/kubernetes/kubernetes/issues/127720: a named service account stays RBAC's denial.
      name: 'not: Kubernetes RBAC denying a named service account stays policy.deny',
      input:
        'Error from server (Forbidden): nodes is forbidden: User "system:serviceaccount:default:test" cannot list resource "nodes" in API group "" at the cluster scope',
      ...DENIED,
      top: 'policy.deny',
      excludes: ['token.missing'],
    },
    {
      name: 'not: system:anonymous in prose',
      input: 'we bound system:anonymous to a read-only role last year, is that related?',
      ...QUIET,
      excludes: ['token.missing', 'policy.deny'],
    },
    {
      name: 'not: ASP.NET Core’s RolesAuthorizationRequirement then "was challenged" (unauthenticated, a 401)',
      input: [
        '[INF] Authorization failed. These requirements were not met:',
        'RolesAuthorizationRequirement:User.IsInRole must be true for one of the following roles: (Admin)',
        '[INF] AuthenticationScheme: Bearer was challenged.',
        '[INF] Request finished HTTP/1.1 DELETE https://localhost:5255/api/Auth/custom - 401 0',
      ].join('\n'),
      ...A401,
      excludes: ['policy.deny'],
    },
    {
      name: 'not: "Request has expired" outside S3’s error element',
      input: 'the job log says Request has expired after the retry, then it worked',
      ...QUIET,
      excludes: ['time.expired'],
    },
    {
      name: 'not: S3’s AccessDenied "Access Denied" is no expiry',
      input: [
        S403,
        '<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>955102B1FB2</RequestId></Error>',
      ].join('\n'),
      ...A403,
      excludes: ['time.expired', 'token.missing'],
    },
    {
      name: 'not: DRF’s words quoted in prose about permissions',
      input: 'which permission class produces You do not have permission to perform this action. in our docs?',
      ...QUIET,
      excludes: ['policy.deny'],
    },
  ])('$name', async (row) => {
    await expectPasteRow(row, [SIGNATURE]);
  });
});
