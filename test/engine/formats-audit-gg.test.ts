/**
 * Round audit-gg: real pastes from client SDKs and mobile apps. oidc-client-js's own clock checks on an ID token
 * ("iat is in the future: …"), Cognito refusing a refresh token ("Refresh Token has expired", as Amplify prints the
 * reply), Supabase Auth's "invalid JWT: unable to parse or verify signature, invalid character …" (a Bearer value that
 * is not a JWT) and React Native Firebase's "[firestore/permission-denied]" read as what they state; near-misses
 * (prose, another SDK's code, Google Sign-In's DEVELOPER_ERROR) stay as before.
 */
import { describe, expect, it } from 'vitest';
import { catches, run } from '../helpers/catches.js';

const notAuth = async (input: string, codes: string[]) => {
  const r = await run(input);
  for (const code of codes) expect(r.findings.map((f) => f.code)).not.toContain(code);
  return r;
};

describe('oidc-client-js: the ID token against the device’s clock', () => {
  it('catches: "iat is in the future" quoted in a report (DuendeArchive/identity-model-oidc-client-js#1254)', async () => {
    const f = await catches(
      'time.issued-in-future',
      'We\'re seeing a significant number of users run into the error "iat is in the future" after Nov 1st.',
    );
    expect(f.args).toMatchObject({ via: 'oidc-client' });
  });
  it('catches: the rejection with its value', async () => {
    expect((await catches('time.issued-in-future', 'Error: iat is in the future: 1606212345')).args.via).toBe(
      'oidc-client',
    );
  });
  it('catches: nbf and exp', async () => {
    await catches('time.not-yet-valid', 'Error: nbf is in the future: 1606212345');
    await catches('time.expired', 'Error: exp is in the past:1606212345');
  });
  it('catches not: other capitals in prose', async () => {
    await notAuth('In our validator we reject when IAT is in the future by more than 5 minutes', [
      'time.issued-in-future',
    ]);
  });
});

describe('Cognito refusing the refresh token', () => {
  const SWIFT = [
    'awsCredentialsError = "AuthError: Session expired could not fetch AWS Credentials',
    'Caused by:',
    'NotAuthorizedException(properties: AWSCognitoIdentityProvider.NotAuthorizedException.Properties(message: Optional("Refresh Token has expired")), httpResponse: ',
    'Status Code: http_status_400 ',
    'x-amzn-ErrorMessage: Refresh Token has expired, ',
    'x-amzn-ErrorType: NotAuthorizedException:, ',
  ].join('\n');
  it('catches: Amplify Swift’s fetchAuthSession (aws-amplify/amplify-swift#3496)', async () => {
    const f = await catches('token.revoked', SWIFT);
    expect(f.args).toMatchObject({ via: 'cognito', refreshToken: true, provider: 'cognito' });
  });
  it('catches: the revoked refresh token in the JSON body', async () => {
    const f = await catches(
      'token.revoked',
      '{"__type":"NotAuthorizedException","message":"Refresh Token has been revoked"}',
    );
    expect(f.args).toMatchObject({ via: 'cognito', provider: 'cognito' });
  });
  it('catches not: the words in lower case in prose', async () => {
    await notAuth('Our docs say: when the refresh token has expired, sign in again.', ['token.revoked']);
  });
  it('catches not: Entra ID’s inactivity expiry stays Entra ID’s', async () => {
    const r = await run('ERROR: AADSTS700082: The refresh token has expired due to inactivity.');
    expect(r.findings[0]?.args).toMatchObject({ via: 'entra-id', provider: 'entra-id' });
  });
});

describe('Supabase Auth: a Bearer value that is not a JWT', () => {
  it('catches: encoding/json’s words after its prefix (supabase/supabase#11873)', async () => {
    const f = await catches(
      'token.malformed',
      '{\n    "code": 401,\n    "msg": "invalid JWT: unable to parse or verify signature, invalid character \'(\' looking for beginning of object key string"\n}',
    );
    expect(f.args.via).toBe('supabase-auth');
    expect(
      (
        await run(
          '{"code":401,"msg":"invalid JWT: unable to parse or verify signature, invalid character \'(\' looking for beginning of object key string"}',
        )
      ).findings.some((x) => x.code === 'token.missing'),
    ).toBe(false);
  });
  it('catches: encoding/base64’s words', async () => {
    await catches(
      'token.malformed',
      'invalid JWT: unable to parse or verify signature, illegal base64 data at input byte 36',
    );
  });
  it('catches not: a bad signature stays a bad signature', async () => {
    const r = await run('invalid JWT: unable to parse or verify signature, signature is invalid');
    expect(r.findings[0]?.code).toBe('signature.invalid');
  });
});

describe('Firestore’s rules, as the mobile SDKs name them', () => {
  it('catches: React Native Firebase (invertase/react-native-firebase#1878)', async () => {
    const f = await catches(
      'policy.deny',
      'Firestore: The caller does not have permission to execute the specified operation. (firestore/permission-denied).',
    );
    expect(f.args.via).toBe('firestore');
  });
  it('catches: FlutterFire', async () => {
    await catches(
      'policy.deny',
      'I/flutter ( 4949): [cloud_firestore/permission-denied] The caller does not have permission to execute the specified operation.',
    );
  });
  it('catches not: another Firebase product’s permission-denied', async () => {
    await notAuth(
      'Error: [functions/permission-denied] The caller does not have permission to execute the specified operation.',
      ['policy.deny'],
    );
  });
});

describe('Google Sign-In’s DEVELOPER_ERROR is not a token refusal', () => {
  for (const input of [
    'com.google.samples.quickstart.signin W/SignInActivity: signInResult:failed code=10',
    'PlatformException(sign_in_failed, com.google.android.gms.common.api.ApiException: 10: , null) error',
  ]) {
    it(`catches not: ${input.slice(0, 60)}`, async () => {
      const r = await run(input);
      expect(r.findings.map((f) => f.code)).toEqual(['input.empty']);
    });
  }
});
