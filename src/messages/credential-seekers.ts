import type { ClientCredentials } from '../engine/args.js';

/**
 * Who looked for the credentials, as token.missing's detail names it: a command-line tool (git, gcloud, az, docker
 * and its credential helpers), an SDK inside the client, or, for botocore's words, the AWS CLI or an SDK
 * built on it (boto3), which print the same.
 */
export type CredentialSeeker = 'cli' | 'sdk' | 'aws';

export const CREDENTIAL_SEEKER: Record<ClientCredentials, CredentialSeeker> = {
  'google-adc': 'sdk',
  'azure-identity': 'sdk',
  'azure-cli': 'cli',
  // client-go's exec round tripper: kubectl's, and any Go program's that loads a kubeconfig.
  'kube-exec': 'sdk',
  session: 'sdk',
  'refresh-token': 'sdk',
  'private-key': 'sdk',
  'docker-config': 'cli',
  'credential-helper': 'cli',
  'gcloud-account': 'cli',
  'aws-sso': 'aws',
  'aws-credentials': 'aws',
  'git-credentials': 'cli',
  'mssql-entra': 'sdk',
};
