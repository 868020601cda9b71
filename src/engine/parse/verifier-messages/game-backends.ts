/**
 * Game backends refusing a player's session credential, in their own words: Epic's account services (their
 * `errors.com.epicgames.*` error codes), the Steam Web API's AuthenticateUserTicket answer, and Nakama's gRPC and HTTP
 * API. A game client signs in once and sends the session credential the backend issued (an Epic access token, a Steam
 * session ticket, a Nakama session token), so the refusal names that credential. Each row's source is beside it.
 */

import type { Fragment, Matcher, Reading } from './matcher.js';
import { family, textAround } from './matcher.js';

const epic = family('epic-games');
const steam = family('steam');
const nakama = family('nakama');
const playfab = family('playfab');

/** The Steam Web API's error object names its description by key: `"errordesc": "Invalid ticket"`. */
function steamErrorDesc(f: Fragment): Reading | null {
  return /"errordesc"\s{0,4}:\s{0,4}"$/.test(f.before(40)) ? {} : null;
}

/** PlayFab's error envelope around the words: its `"error":"NotAuthenticated"` or `"errorCode":1074`. */
function playfabEnvelope(f: Fragment): Reading | null {
  const around = textAround(f, 200, 40);
  return around.includes('NotAuthenticated') || around.includes('1074') ? {} : null;
}

export const GAME_BACKENDS: readonly Matcher[] = [
  // Epic's services refusing the access token a request carries: errorCode
  // "errors.com.epicgames.common.authentication.token_verification_failed", "Sorry we couldn't validate your token.
  // Please try with a new token.", numericErrorCode 1031 (LeleDerGrasshalmi/FortniteEndpointsDocumentation#424, a
  // stored token refused once the game signed the account in elsewhere; Lawin0129/LawinServer#120, the game's
  // LogOnlineAccount line).
  epic(
    'token-verification-failed',
    'challenge.invalid-token',
    'errors.com.epicgames.common.authentication.token_verification_failed',
    { kind: 'code' },
  ),
  // The Steam Web API's ISteamUserAuth/AuthenticateUserTicket refusing the session ticket a game server or backend
  // passed on: `{"response":{"error":{"errorcode":101,"errordesc":"Invalid ticket"}}}` (Noxime/steamworks-rs#142;
  // Ventero/FRESteamWorks#36; PlayFab's LoginWithSteam relaying it, Detanup01/gbe_fork#250).
  steam('invalid-ticket', 'challenge.invalid-token', 'Invalid ticket', { exactCase: true, read: steamErrorDesc }),
  // Nakama refusing the session token a client sends (Bearer): gRPC Unauthenticated "Auth token invalid" (its API
  // server's session check), as nakama-dart prints it (heroiclabs/nakama-dart#73: `gRPC Error (code: 16, codeName:
  // UNAUTHENTICATED, message: Auth token invalid, …)`).
  nakama('auth-token-invalid', 'challenge.invalid-token', 'Auth token invalid', { exactCase: true }),
  // PlayFab's API for a call that carried none of the credentials the method takes: `{"code":401,"status":
  // "Unauthorized","error":"NotAuthenticated","errorCode":1074,"errorMessage":"This API method does not allow anonymous
  // callers."}` (audit-ai 33, PlayFab's UE pubsub client FPubSubRequester::OnHubConnectionError). PlayFab reads its own
  // headers, not Authorization: a player's session ticket in X-Authorization (PlayFab/JavaScriptSDK PlayFabClientApi.js,
  // `xhr.setRequestHeader("X-Authorization", PlayFab._internalSettings.sessionTicket)`), an entity token in
  // X-EntityToken, a title's secret key in X-SecretKey (learn.microsoft.com, PFAuthenticationGetEntityRequest: "must be
  // called with X-SecretKey, X-Authentication or X-EntityToken headers").
  playfab('not-authenticated', 'token.missing', 'This API method does not allow anonymous callers.', {
    exactCase: true,
    read: playfabEnvelope,
  }),
];
