/**
 * Round left-p: MSAL's other languages for a silent request that needs the user, and Entra ID's `suberror` where it
 * changes the step (oauth.interaction-required); Vault's Kubernetes auth that cannot reach the API server; a plain
 * `Bad credentials` body of a 401.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const codes = async (input: string) => (await run(input)).findings.map((f) => f.code);

describe('oauth.interaction-required: MSAL.NET, Java, Android, Python', () => {
  it('catches: MSAL Android and MSAL Java class names, with the server error after the class', async () => {
    // com.microsoft.identity.client.exception.MsalUiRequiredException (MSAL Android).
    const a = await catches(
      'oauth.interaction-required',
      'com.microsoft.identity.client.exception.MsalUiRequiredException: No cached accounts found for the supplied homeAccountId and clientId',
    );
    expect(a.args).toMatchObject({ via: 'msal', reason: 'interaction', provider: 'entra-id' });
    // com.microsoft.aad.msal4j.MsalInteractionRequiredException (MSAL Java).
    const j = await catches(
      'oauth.interaction-required',
      'com.microsoft.aad.msal4j.MsalInteractionRequiredException: login_required',
    );
    expect(j.args).toMatchObject({ reason: 'login' });
  });
  it("catches: MSAL.NET's printed exception; its ResponseBody's suberror consent_required is consent (MSAL.NET 4.2.1 notes)", async () => {
    const input = [
      'MSAL.NetCore.4.61.3.0.MsalUiRequiredException:',
      '\tErrorCode: invalid_grant',
      'Microsoft.Identity.Client.MsalUiRequiredException: The user needs to consent.',
      '\tStatusCode: 400',
      '\tResponseBody: {"error":"invalid_grant","suberror":"consent_required","claims":""}',
    ].join('\n');
    const f = await catches('oauth.interaction-required', input);
    expect(f.args).toMatchObject({ reason: 'consent' });
  });
  it("catches: MSAL Python's result dict; suberror consent_required is consent, bad_token a sign-in", async () => {
    const f = await catches(
      'oauth.interaction-required',
      "{'error': 'interaction_required', 'error_description': 'Consent is needed for this client.', 'suberror': 'consent_required'}",
    );
    expect(f.args).toMatchObject({ reason: 'consent' });
    const g = await catches(
      'oauth.interaction-required',
      "{'error': 'interaction_required', 'suberror': 'bad_token', 'error_description': 'The refresh token is no longer usable.'}",
    );
    expect(g.args).toMatchObject({ reason: 'login' });
    // basic_action names no other step than the error's.
    const h = await catches('oauth.interaction-required', "{'error': 'login_required', 'suberror': 'basic_action'}");
    expect(h.args).toMatchObject({ reason: 'login' });
  });
  it('does not catch: an Entra ID code after the class (its own row reads it), other words, another case', async () => {
    const r = await run(
      'Microsoft.Identity.Client.MsalUiRequiredException: AADSTS50058: A silent sign-in request was sent but no user is signed in.',
    );
    expect(r.findings.filter((f) => f.code === 'oauth.interaction-required')).toHaveLength(1);
    expect(r.findings.find((f) => f.code === 'oauth.interaction-required')?.args).toMatchObject({ reason: 'login' });
    await catchesNot('oauth.interaction-required', 'catch (MsalUiRequiredExceptionHandler h) { }');
    await catchesNot('oauth.interaction-required', 'we should handle msaluirequiredexception someday');
    expect(await codes("{'error': 'invalid_grant', 'suberror': 'consent_required'}")).not.toContain(
      'oauth.interaction-required',
    );
  });
});

describe('verifier.misconfigured: Vault cannot reach the TokenReview API', () => {
  const post = 'Post \\"https://10.0.0.12:57741/apis/authentication.k8s.io/v1/tokenreviews\\"';
  it('catches: the audit-jj paste (i/o timeout), a refused connection, an unknown host, an untrusted certificate', async () => {
    const lines = [
      // audit-jj paste 12; hashicorp/vault-k8s#69 and #263 (`login unauthorized due to:`).
      `2024-02-01T11:23:54.825Z [DEBUG] auth.kubernetes.auth_kubernetes_09a6afa6: login unauthorized: err="${post}: dial tcp 10.0.0.12:57741: i/o timeout"`,
      `[ERROR] auth.kubernetes.auth_kubernetes_08c36485: login unauthorized due to: ${post.replaceAll('\\', '')}: dial tcp 10.0.0.12:443: connect: connection refused`,
      // bank-vaults/bank-vaults#1748.
      '[DEBUG] auth.kubernetes.auth_kubernetes_cd9ebf1b: login unauthorized: err="Post \\"https://kubernetes.default.svc:443/apis/authentication.k8s.io/v1/tokenreviews\\": dial tcp: lookup kubernetes.default.svc on 192.168.250.1:53: no such host"',
      `[DEBUG] auth.kubernetes.auth_kubernetes_09a6afa6: login unauthorized: err="${post}: tls: failed to verify certificate: x509: certificate signed by unknown authority"`,
      // hashicorp/vault#5985: the CLI's error list.
      'Error writing data to auth/kubernetes/login: Error making API request.\n\nURL: PUT http://127.0.0.1:8200/v1/auth/kubernetes/login\nCode: 500. Errors:\n\n* Post https://10.0.0.12:8443/apis/authentication.k8s.io/v1/tokenreviews: dial tcp 10.0.0.12:8443: i/o timeout',
    ];
    for (const line of lines) {
      const f = await catches('verifier.misconfigured', line);
      expect(f.args, line).toMatchObject({ via: 'vault', setup: 'vault-kubernetes-host' });
    }
  });
  it('does not catch: TokenReview answered, another client, no transport error, prose', async () => {
    const r = await run(
      '[ERROR] auth.kubernetes: login unauthorized due to: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"tokenreviews.authentication.k8s.io is forbidden: User \\"system:serviceaccount:default:vault-tokenreview\\" cannot create tokenreviews.authentication.k8s.io at the cluster scope","reason":"Forbidden","code":403}',
    );
    expect(r.findings.find((f) => f.code === 'verifier.misconfigured')?.args).not.toMatchObject({
      setup: 'vault-kubernetes-host',
    });
    for (const line of [
      `E0201 11:23:54.825 kube-rbac-proxy: ${post.replaceAll('\\', '')}: dial tcp 10.0.0.12:443: i/o timeout`,
      `login unauthorized: err="${post}: the server rejected our request"`,
      'Vault calls /apis/authentication.k8s.io/v1/tokenreviews on each auth/kubernetes login; a dial tcp timeout there is bad.',
    ]) {
      const f = (await run(line)).findings.find((x) => x.code === 'verifier.misconfigured');
      expect(f?.args, line).not.toMatchObject({ setup: 'vault-kubernetes-host' });
    }
  });
});

describe('a 401 whose plain-text body is "Bad credentials"', () => {
  it('catches: the words alone on the body line after a 401 status (curl -i, curl -v)', async () => {
    for (const input of [
      'HTTP/1.1 401 Unauthorized\nContent-Type: text/plain;charset=UTF-8\nContent-Length: 15\n\nBad credentials',
      '> GET /api/orders HTTP/1.1\n> Host: api.acme-corp.com\n> Authorization: Basic YWxpY2U6d3Jvbmc=\n>\n< HTTP/1.1 401\n< Content-Type: text/plain\n<\nBad credentials\n',
    ]) {
      const f = await catches('challenge.invalid-token', input);
      expect(f.args, input).toMatchObject({ credential: 'bad-credentials-body', description: 'Bad credentials' });
      expect(f.severity).toBe('error');
      expect(await codes(input)).not.toContain('token.missing');
    }
  });
  it('names Spring Security where the paste does', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'Spring Boot app, POST /login:\nHTTP/1.1 401 Unauthorized\nContent-Type: text/plain\n\nBad credentials',
    );
    expect(f.args).toMatchObject({ via: 'spring-security', credential: 'spring-credentials' });
  });
  it('does not catch: after a 200 or a 403, inside a sentence, or with no status', async () => {
    for (const input of [
      'HTTP/1.1 200 OK\nContent-Type: text/plain\n\nBad credentials',
      'HTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nBad credentials',
      'HTTP/1.1 401 Unauthorized\n\nLogin failed. Bad credentials for user alice, try again',
      'Bad credentials',
    ]) {
      const f = (await run(input)).findings.find((x) => x.code === 'challenge.invalid-token');
      expect(f?.args, input).not.toMatchObject({ credential: 'bad-credentials-body' });
    }
  });
});
