/**
 * Game backends refusing a player's session credential, in their own words: Epic's account services (their
 * `errors.com.epicgames.*` error codes), the Steam Web API's AuthenticateUserTicket answer, and Nakama's gRPC and HTTP
 * API. A game client signs in once and sends the session credential the backend issued (an Epic access token, a Steam
 * session ticket, a Nakama session token), so the refusal names that credential. Each row's source is beside it.
 */

import type { Fragment, Matcher, Reading } from './matcher.js';
import { family } from './matcher.js';

const epic = family('epic-games');
const steam = family('steam');
const nakama = family('nakama');

/** The Steam Web API's error object names its description by key: `"errordesc": "Invalid ticket"`. */
function steamErrorDesc(f: Fragment): Reading | null {
  return /"errordesc"\s{0,4}:\s{0,4}"$/.test(f.before(40)) ? {} : null;
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
];
