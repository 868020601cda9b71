/**
 * The IAM permission a Google Cloud denial names, and the resource it names it on, so the step can say which
 * permission to grant where. Google writes it in a few places:
 *
 * - the status message, `Permission 'storage.objects.get' denied on resource (or it may not exist).` and, from gcloud
 *   and the client libraries, `… denied on resource '//cloudresourcemanager.googleapis.com/projects/123' (or it may not
 *   exist).` (google-cloud-python's PermissionDenied in CrowdStrike/falcon-integration-gateway#98; gcloud's
 *   `PERMISSION_DENIED: Permission 'run.services.get' denied on resource …`), quoted `\'…\'` inside a Python repr;
 *   some services say `denied for resource` (Secret Manager's `Permission 'secretmanager.secrets.setIamPolicy' denied
 *   for resource 'projects/…/secrets/…' (or it may not exist).`, GoogleCloudPlatform/java-docs-samples#6571);
 * - IAM v2's unquoted form, `Permission iam.googleapis.com/denypolicies.create denied on resource
 *   cloudresourcemanager.googleapis.com/projects/p` (GoogleCloudPlatform/nodejs-docs-samples#3144);
 * - the ErrorInfo detail, `"reason": "IAM_PERMISSION_DENIED"` with `"metadata": {"permission": "…", "resource": "…"}`
 *   (google.rpc.ErrorInfo; Terraform's googleapi output, `oauth2/google: status code 403` bodies);
 * - Cloud Storage's `<principal> does not have storage.objects.get access to the Google Cloud Storage object.`
 *
 * "The caller does not have permission" names none, and is left without one.
 */

/** How far after the denial's start its details (the ErrorInfo under the message) are read. */
const WINDOW = 4000;
/** An IAM permission: `service.resource.verb` (`storage.objects.get`), or IAM v2's `service.googleapis.com/res.verb`. */
const PERMISSION = String.raw`[a-z][a-zA-Z0-9]{0,40}(?:\.[a-zA-Z0-9]{1,60}){2,4}|[a-z][a-z0-9.-]{0,60}\.googleapis\.com/[a-zA-Z0-9]{1,60}(?:\.[a-zA-Z0-9]{1,60}){1,3}`;
const QUOTED = new RegExp(
  String.raw`Permission \\?'(${PERMISSION})\\?' denied (?:on|for) resource(?: \\?'([^'\\\n]{1,300})\\?')?`,
);
const BARE = new RegExp(String.raw`Permission (${PERMISSION}) denied (?:on|for) resource(?: ([^\s'"()]{1,300}))?`);
// BigQuery's forms name the kind of resource instead (parse/verifier-messages/data-platforms.ts has their sources):
// `Permission bigquery.tables.get denied on table p:d.t (or it may not exist).`, `User does not have
// bigquery.jobs.create permission in project p.`, `The user u does not have bigquery.tables.get permission for table t.`
const BIGQUERY = new RegExp(
  String.raw`(?:Permission (${PERMISSION}) denied on|does not have (${PERMISSION}) permission (?:in|for)) (?:table|dataset|project|routine|model) ([^\s'"()]{1,300}?)\.?(?=\s|$)`,
);
const METADATA = new RegExp(String.raw`\\?"permission\\?": ?\\?"(${PERMISSION})\\?"`);
const METADATA_RESOURCE = /\\?"resource\\?": ?\\?"([^"\\\n]{1,300})\\?"/;
const STORAGE = new RegExp(`does not have (${PERMISSION}) access to`);

export interface DeniedPermission {
  permission: string;
  resource?: string;
}

/** The permission named in text[from, from + WINDOW), or null. Gated on the word, which few pastes hold. */
export function deniedPermission(text: string, from: number): DeniedPermission | null {
  const at = text.indexOf('ermission', from);
  if (at < 0 || at - from > WINDOW) {
    const storage = text.indexOf(' access to', from);
    if (storage < 0 || storage - from > WINDOW) return null;
  }
  const s = text.slice(from, from + WINDOW);
  const m = QUOTED.exec(s) ?? BARE.exec(s);
  if (m?.[1] !== undefined) return withResource(m[1], m[2]);
  const meta = METADATA.exec(s);
  if (meta?.[1] !== undefined) return withResource(meta[1], METADATA_RESOURCE.exec(s)?.[1]);
  const bq = BIGQUERY.exec(s);
  const bqPermission = bq?.[1] ?? bq?.[2];
  if (bqPermission !== undefined) return withResource(bqPermission, bq?.[3]);
  const storage = STORAGE.exec(s);
  return storage?.[1] !== undefined ? { permission: storage[1] } : null;
}

function withResource(permission: string, resource: string | undefined): DeniedPermission {
  return resource === undefined || resource === '' ? { permission } : { permission, resource };
}
