/**
 * Round left-hh: a cloud provider refusing a call because the service is not enabled, subscribed or registered for the
 * project or account the credentials belong to. The credentials were accepted and no role or token change helps: the
 * project's or account's own set-up does (`policy.service-not-enabled`, its row's `reason` the provider, whose steps
 * are that provider's way to enable the service). Until this round these read as nothing stated (round bce8f244,
 * docs/open-questions.md), and the report asked for the headers although the body named the cause.
 *
 * Which service and which project are read around the words by checks/service-enablement.ts.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CODE, family, textAround } from './matcher.js';

const googleApi = family('google-api');
const maps = family('google-maps');
const aws = family('aws');
const azure = family('azure-resource-manager');

const GOOGLE = { reason: 'google' } as const;
const AWS = { reason: 'aws' } as const;
const AZURE = { reason: 'azure' } as const;

/**
 * SERVICE_DISABLED is also a state in other products' enums: read as Google's only beside Google's own words for it
 * (its message, its activation URL, its error domain).
 */
function googleDisabled(f: Fragment): Reading | null {
  const near = textAround(f, 600, 600);
  return near.includes('googleapis.com') || near.includes('has not been used in project') ? {} : null;
}

/** Google's sentence runs on to "… before or it is disabled" on the same line. */
function beforeOrDisabled(f: Fragment): Reading | null {
  return f.after(120).includes('before or it is disabled') ? {} : null;
}

/**
 * OptInRequired is EC2's and Route 53's code; a word that long in another product's log is read only with AWS's own
 * words or names beside it.
 */
function awsNamed(f: Fragment): Reading | null {
  const near = textAround(f, 400, 300);
  return near.includes('AWS') || near.includes('amazonaws') || near.includes('aws-sdk') || near.includes('subscribe')
    ? {}
    : null;
}

export const SERVICE_ENABLEMENT: readonly Matcher[] = [
  // Google APIs' google.rpc.ErrorInfo reason for an API not enabled in the consumer project, with its message "<API>
  // has not been used in project <n> before or it is disabled. Enable it by visiting <activationUrl> then retry."
  // (google-gemini/gemini-cli#1343, hashicorp/terraform-provider-google#16883; GoogleCloudPlatform/community#884 prints
  // it through googleapi as "Error 403: … , accessNotConfigured").
  googleApi('service-disabled', 'policy.service-not-enabled', 'SERVICE_DISABLED', {
    ...CODE,
    exactCase: true,
    args: GOOGLE,
    read: googleDisabled,
  }),
  googleApi('api-not-used', 'policy.service-not-enabled', 'has not been used in project', {
    exactCase: true,
    args: GOOGLE,
    read: beforeOrDisabled,
  }),
  // The Maps JavaScript API's console error for an API not enabled in the key's project
  // (developers.google.com/maps/documentation/javascript/error-messages#api-not-activated-map-error; inishchith/
  // MeetInTheMiddle#34 "Google Maps JavaScript API error: ApiNotActivatedMapError", osingla/RouteView#19 "Places API
  // error: ApiNotActivatedMapError"), and the Maps web services' REQUEST_DENIED words for it, "This API project is not
  // authorized to use this API." (saml-dev/MMM-Traffic#78, moshen/node-googlemaps#81 "… Please ensure that this API is
  // activated in the APIs Console", googlemaps/google-maps-services-js#534).
  maps('api-not-activated', 'policy.service-not-enabled', 'ApiNotActivatedMapError', {
    ...CODE,
    exactCase: true,
    args: GOOGLE,
  }),
  maps('project-not-authorized', 'policy.service-not-enabled', 'This API project is not authorized to use this API', {
    exactCase: true,
    args: GOOGLE,
  }),
  // AWS: an account not signed up for the service, or not opted in to it. Route 53's and CloudFormation's
  // `OptInRequired` "The AWS Access Key Id needs a subscription for the service" (pcorliss/ruby_route_53#1,
  // aws-amplify/amplify-cli#4446), EC2's "OptInRequired: You are not subscribed to this service. Please go to
  // http://aws.amazon.com to subscribe." (Appliscale/cloud-security-audit#24), the JSON services'
  // `SubscriptionRequiredException` with the same words (awslabs/fargatecli#38, webiny/webiny-js#1517), and S3's
  // `NotSignedUp` "Your account is not signed up for the S3 service." (webiny/webiny-js#1517).
  aws('opt-in-required', 'policy.service-not-enabled', 'OptInRequired', {
    ...CODE,
    exactCase: true,
    args: AWS,
    read: awsNamed,
  }),
  aws('subscription-required', 'policy.service-not-enabled', 'SubscriptionRequiredException', {
    ...CODE,
    exactCase: true,
    args: AWS,
  }),
  aws(
    'needs-subscription',
    'policy.service-not-enabled',
    'The AWS Access Key Id needs a subscription for the service',
    {
      exactCase: true,
      args: AWS,
    },
  ),
  aws('not-signed-up', 'policy.service-not-enabled', 'Your account is not signed up for the ', {
    exactCase: true,
    args: AWS,
  }),
  // Azure Resource Manager: the subscription has not registered the resource provider the call needs
  // (learn.microsoft.com azure-resource-manager/troubleshooting/error-register-resource-provider; nforgeio/neonKUBE
  // #1670 "The subscription is not registered to use namespace 'Microsoft.Compute'. See https://aka.ms/rps-not-found
  // for how to register subscriptions.", Azure/msrestazure-for-python#53 "The subscription registration is in
  // 'Unregistered' state. The subscription must be registered to use namespace 'Microsoft.KeyVault'.").
  azure('missing-registration', 'policy.service-not-enabled', 'MissingSubscriptionRegistration', {
    ...CODE,
    exactCase: true,
    args: AZURE,
  }),
  azure('not-registered', 'policy.service-not-enabled', 'The subscription is not registered to use namespace', {
    exactCase: true,
    args: AZURE,
  }),
  azure('must-be-registered', 'policy.service-not-enabled', 'The subscription must be registered to use namespace', {
    exactCase: true,
    args: AZURE,
  }),
];
