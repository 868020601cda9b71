import type { CodeArgs } from '../../engine/args.js';
import type { FindingMessage } from '../catalogue.js';

type Args = CodeArgs['policy.service-not-enabled'];

// en/service-enablement.ts と同じ出典: 各プロバイダーでサービスを有効にする場所。
const PROVIDER: Readonly<Record<Args['provider'], string>> = {
  google: 'Google',
  aws: 'AWS',
  azure: 'Azure',
};

const UNIT: Readonly<Record<Args['provider'], string>> = {
  google: 'プロジェクト',
  aws: 'アカウント',
  azure: 'サブスクリプション',
};

/** A service's ASCII name set off by spaces from the Japanese around it; the Japanese fallback needs none. */
const named = (name: string | null, fallback: string) => (name === null ? fallback : ` ${name} `);

function googleSteps(a: Args): string[] {
  const project = a.project === null ? '<project>' : a.project;
  const service = a.service?.endsWith('.googleapis.com') === true ? a.service : '<service>.googleapis.com';
  const steps = [
    `認証情報または API キーが属するプロジェクトで${named(a.service, 'このサービス')}を有効にしてください。Google Cloud コンソールの「API とサービス」→「ライブラリ」${a.via === 'google-api' ? '（エラーに有効化 URL があれば、それがそのページです）' : ''}、または "gcloud services enable ${service} --project ${project}" を使います。有効にしたら数分待って再試行してください。`,
    '対象のプロジェクトが意図したものか確認してください。どのプロジェクトが使われるかは、クライアントライブラリの割り当てプロジェクト、GOOGLE_CLOUD_PROJECT、API キーやサービスアカウントのプロジェクトで決まり、API を有効にしたプロジェクトとは限りません。',
  ];
  if (a.via === 'google-maps')
    steps.push(
      'Maps Platform の API はプロジェクトに請求先アカウントも必要で、API（Maps JavaScript、Places、Directions、Geocoding など）はそれぞれ個別に有効にします。',
    );
  return steps;
}

const AWS_STEPS = [
  'AWS コンソールでアカウントを確認してください。登録や支払い情報の確認が終わっていない新しいアカウントはまだサービスを使えません（請求コンソールに表示されます）。手続きを終えるか、有効化のメールを待ってください。',
  '既定で有効でないリージョンを呼んでいる場合は、アカウントでそのリージョンを有効にする（アカウント → AWS リージョン）か、アカウントが使っているリージョンを呼んでください。',
  '個別の申し込みが必要なサービスや AWS Marketplace の製品は、アカウントで申し込んでから同じ認証情報で再試行してください。',
];

const azureSteps = (a: Args): string[] => [
  `サブスクリプションにリソースプロバイダーを登録してください: "az provider register --namespace ${a.service ?? '<namespace>'}"（ポータルではサブスクリプション →「リソースプロバイダー」）。"az provider show --namespace ${a.service ?? '<namespace>'}" の結果が Registered になるまで待ちます。`,
  '登録にはサブスクリプションの共同作成者か所有者のロール（…/register/action 権限）が必要です。権限のないサービスプリンシパルの場合は、所有者に一度登録してもらってください。',
];

export const SERVICE_NOT_ENABLED: FindingMessage<'policy.service-not-enabled'> = {
  title: (a) =>
    a.provider === 'azure'
      ? `Azure サブスクリプションが${named(a.service, 'リソースプロバイダー')}に登録されていません`
      : a.provider === 'aws'
        ? `AWS アカウントが${named(a.service, 'このサービス')}を利用できる状態になっていません`
        : `${a.project === null ? '呼び出し元のプロジェクト' : `プロジェクト ${a.project} `}で${named(a.service, 'この API ')}が有効になっていません`,
  detail: (a) =>
    `認証情報が属する${UNIT[a.provider]}で${named(a.service, 'このサービス')}が有効になっていないため、${PROVIDER[a.provider]} が呼び出しを拒否しました。認証情報は受け入れられており、別のトークン、スコープ、ロールでは変わりません。${UNIT[a.provider]}側の設定で直ります。`,
  steps: (a) => (a.provider === 'azure' ? azureSteps(a) : a.provider === 'aws' ? AWS_STEPS : googleSteps(a)),
};
