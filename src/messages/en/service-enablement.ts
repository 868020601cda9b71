import type { CodeArgs } from '../../engine/args.js';
import type { FindingMessage } from '../catalogue.js';

type Args = CodeArgs['policy.service-not-enabled'];

/**
 * policy.service-not-enabled's words. Where each provider enables a service: Google Cloud's APIs & Services → Library
 * or `gcloud services enable` (cloud.google.com/service-usage/docs/enable-disable; the ErrorInfo's activationUrl is
 * that page for the project), with minutes to propagate, which Google's message itself says; Maps Platform APIs also
 * need billing on the project (developers.google.com/maps/documentation/javascript/error-messages). AWS: an account's
 * sign-up or activation still pending, a service or Region the account must opt in to (docs.aws.amazon.com/accounts/
 * latest/reference/manage-acct-regions.html). Azure: a resource provider registered per subscription
 * (learn.microsoft.com/azure/azure-resource-manager/troubleshooting/error-register-resource-provider).
 */
const PROVIDER: Readonly<Record<Args['provider'], string>> = {
  google: 'Google',
  aws: 'AWS',
  azure: 'Azure',
};

const what = (a: Args) => (a.service === null ? 'the service' : a.service);

function googleSteps(a: Args): string[] {
  const project = a.project === null ? '<project>' : a.project;
  const service = a.service?.endsWith('.googleapis.com') === true ? a.service : '<service>.googleapis.com';
  const steps = [
    `Enable ${what(a)} in the project the credentials or API key belong to: Google Cloud console → APIs & Services → Library${a.via === 'google-api' ? ' (the error’s activation URL, when it gives one, opens that page)' : ''}, or gcloud services enable ${service} --project ${project}; then wait a few minutes and retry.`,
    // "The project named" only when the message named one: Maps' ApiNotActivatedMapError and REQUEST_DENIED name none.
    `${a.project === null ? 'Check which project the call is made for' : 'Check that the project named is the one you meant'}: a client library’s quota project, GOOGLE_CLOUD_PROJECT, or the project of the API key or service account decides which project is asked, not the project you enabled the API in.`,
  ];
  if (a.via === 'google-maps')
    steps.push(
      'Maps Platform APIs also need a billing account linked to the project, and each API (Maps JavaScript, Places, Directions, Geocoding…) is enabled on its own.',
    );
  return steps;
}

const AWS_STEPS = [
  'Check the account in the AWS console: a new account whose sign-up or payment verification is still pending cannot use services yet (the billing console says so); finish it, or wait for the activation email.',
  'If the call goes to a Region that is not enabled by default, enable it for the account (Account → AWS Regions), or call a Region the account uses.',
  'A service or AWS Marketplace product that needs its own subscription: subscribe the account to it, then retry with the same credentials.',
];

const azureSteps = (a: Args): string[] => [
  `Register the resource provider on the subscription: az provider register --namespace ${a.service ?? '<namespace>'} (or Subscription → Resource providers in the portal), and wait until az provider show --namespace ${a.service ?? '<namespace>'} says Registered.`,
  'Registering needs the subscription’s Contributor or Owner role (the …/register/action permission); a service principal without it asks an owner to register the provider once.',
];

export const SERVICE_NOT_ENABLED: FindingMessage<'policy.service-not-enabled'> = {
  title: (a) =>
    a.provider === 'azure'
      ? `The Azure subscription is not registered for ${a.service ?? 'the resource provider'}`
      : a.provider === 'aws'
        ? `The AWS account is not subscribed to ${a.service ?? 'the service'}`
        : `${a.service ?? 'The Google API'} is not enabled in ${a.project === null ? 'the caller’s project' : `project ${a.project}`}`,
  detail: (a) =>
    `${PROVIDER[a.provider]} refused the call because ${what(a)} is not enabled for the ${
      a.provider === 'azure' ? 'subscription' : a.provider === 'aws' ? 'account' : 'project'
    } the credentials belong to: the credentials were accepted, and no other token, scope or role changes that; the ${
      a.provider === 'azure' ? 'subscription' : a.provider === 'aws' ? 'account' : 'project'
    }’s own set-up does.`,
  steps: (a) => (a.provider === 'azure' ? azureSteps(a) : a.provider === 'aws' ? AWS_STEPS : googleSteps(a)),
};
