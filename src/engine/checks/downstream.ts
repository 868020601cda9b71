import type { Context } from '../context.js';

/**
 * The 401 or 403 a server's own outbound call got, quoted in the body of the 5xx it answered: a backend-for-frontend's
 * `HTTP/1.1 500 Internal Server Error` whose body is the exception its HTTP client threw (Refit's `ApiException:
 * Response status code does not indicate success: 401 (Unauthorized).`, a Kestrel developer page's text, as pasted in
 * public troubleshooting notes), an axios `Request failed with status code 403` in a 502's JSON. The server got past
 * this request's authentication and failed on a call it made itself, refused for that call's credentials. Only a status
 * written in prose after the status line counts: a second status line is another exchange (parse/http/status.ts).
 */
export function downstreamRefusal(ctx: Context): 401 | 403 | null {
  const status = ctx.http.status;
  if (status === null || status.code < 500 || status.code > 599 || status.form !== 'status-line') return null;
  for (const s of ctx.http.statuses) {
    if (s.start <= status.end || s.form !== 'prose' || (s.code !== 401 && s.code !== 403)) continue;
    const line = ctx.http.lines[s.line];
    if (line !== undefined && CLIENT_ERROR.test(ctx.text.slice(line.start, Math.min(line.end, line.start + LINE_MAX))))
      return s.code;
  }
  return null;
}

/**
 * A client's error on the status's line: an exception or error class (`Refit.ApiException:`, `AxiosError:`,
 * `HTTPError: 401 Client Error`, `FeignException$Unauthorized`), or a client's "status code" wording (axios' `Request
 * failed with status code 401`). A writer's sentence under the status line ("this endpoint returns 401 when…", "with the
 * old token I got 401") is none: the body quotes no call.
 */
const CLIENT_ERROR = /[a-z]Exception\b|[a-z]Error\b|\bError:|\bstatus code\b/;
/** How much of the line is looked at: a status's line of a megabyte costs no more. */
const LINE_MAX = 2000;
