/**
 * Round audit-ao: bot, collaboration and messaging APIs refusing the credential an integration sent, in their own
 * envelopes as their libraries print them: the Telegram Bot API (`{"ok":false,"error_code":401,"description":
 * "Unauthorized"}`, and its 403 "Forbidden: bot was blocked by the user", a refusal about the chat, not the token),
 * Trello's plain-text "invalid key" / "invalid token", and Vonage's problem type `…/api-errors#unauthorized`. Their
 * JSON forms, their Python reprs and Node's inspect of them are all read here.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CODE, family, namedNear, textAround } from './matcher.js';

const telegram = family('telegram');
const trello = family('trello');
const vonage = family('vonage');
const figma = family('figma');

/**
 * The Telegram Bot API's envelope around `error_code` (core.telegram.org/bots/api#making-requests: "a Boolean field
 * 'ok' … If 'ok' equals False and the error is explained by 'error_code'"): the code 401 right after it, and its `ok`
 * false and `description` member beside it, as JSON (`"ok":false`), Python's repr (`u'ok': False`, `'ok': False`) or
 * Node's inspect (`ok: false`) writes them. Another API's `error_code` has neither member beside it.
 */
function telegramEnvelope401(f: Fragment): Reading | null {
  if (!/^["']?\s?:\s?401\b/.test(f.after(12))) return null;
  const around = textAround(f, 60, 80);
  return /\bok["']?\s?:\s?(?:false|False)\b/.test(around) && /\bdescription["']?\s?:/.test(around) ? {} : null;
}

/** Trello named within a few lines of its words: its host (api.trello.com) or a client's name. */
const nearTrello = namedNear(400, 200, 'trello');

/** Vonage's (formerly Nexmo's) documentation host before its problem type's fragment, with or without a locale. */
function vonageProblemType(f: Fragment): Reading | null {
  return /developer\.(?:nexmo|vonage)\.com\/(?:[a-z]{2}\/)?$/.test(f.before(40)) ? {} : null;
}

/**
 * Figma's scope refusal before its words ("Invalid scope(s): files:read. This endpoint requires the …") and the scope
 * after them ("file_code_connect:write scope"), read as the scope the token lacks.
 */
function figmaScope(f: Fragment): Reading | null {
  if (!/Invalid scope\(s\): [^\n]{0,200}$/.test(f.before(240))) return null;
  const m = /^([a-z_]{1,40}:[a-z_]{1,40}) scope/.exec(f.after(90));
  return m === null ? null : { args: { expected: [m[1] as string] }, extend: m[0].length };
}

/** The PHP SDK's namespace before its exception's class: Nexmo\ (1.x) or Vonage\ (2.x and later). */
function nexmoOrVonage(f: Fragment): Reading | null {
  return /(?:Nexmo|Vonage)$/.test(f.before(10)) ? {} : null;
}

export const BOT_APIS: readonly Matcher[] = [
  // The Telegram Bot API answers a bot token it does not accept (mistyped, cut, or revoked with @BotFather's /revoke)
  // with 401 {"ok":false,"error_code":401,"description":"Unauthorized"} (TelegramBotAPI/errors cheatsheet: "Bot token is
  // incorrect"; tdlib/telegram-bot-api#80: "The only way to receive error with code 401 is to provide a wrong bot
  // token"), printed whole by pyTelegramBotAPI's older "The server returned HTTP 401 Unauthorized. Response body:"
  // (eternnoir/pyTelegramBotAPI#168), telepot's UnauthorizedError repr (nickoala/telepot#365) and Node clients
  // (onedr0p/telegram-couchpotato-bot#19, with "[Error]: Unauthorized").
  telegram('unauthorized', 'challenge.invalid-token', 'error_code', { exactCase: true, read: telegramEnvelope401 }),
  // pyTelegramBotAPI's ApiTelegramException: "A request to the Telegram API was unsuccessful. Error code: 401.
  // Description: Unauthorized" (Armanidrisi/python-bot#3).
  telegram(
    'request-unsuccessful-401',
    'challenge.invalid-token',
    'A request to the Telegram API was unsuccessful. Error code: 401',
    { exactCase: true },
  ),
  // Its 403 descriptions (TelegramBotAPI/errors cheatsheet; vrumger/telegram-errors): the bot token was accepted and the
  // chat refuses the bot. "Forbidden: bot was blocked by the user" as telegraf's TelegramError (Achaak/toogoodtogo-bot#27)
  // and python-telegram-bot's "Unauthorized: Forbidden: …" (fuomag9/ChaturbateBot#34) print it; the bot was removed
  // from a group or channel; a user who never started the bot; a deleted account.
  telegram('blocked-by-user', 'policy.deny', 'Forbidden: bot was blocked by the user', { exactCase: true }),
  telegram('kicked', 'policy.deny', 'Forbidden: bot was kicked from the ', { exactCase: true }),
  telegram('not-a-member', 'policy.deny', 'Forbidden: bot is not a member of the ', { exactCase: true }),
  telegram('cannot-initiate', 'policy.deny', "Forbidden: bot can't initiate conversation with a user", {
    exactCase: true,
  }),
  telegram('user-deactivated', 'policy.deny', 'Forbidden: user is deactivated', { exactCase: true }),
  // Trello's API answers 401 with a plain-text body naming which of its two credentials it refused: "invalid key" (the
  // API key from trello.com/app-key: Lujeni/matterllo#30, "invalid key at https://api.trello.com/1/members/me/boards/…
  // (HTTP status: 401)" as py-trello raises it) or "invalid token" (the user's token authorizing that key:
  // sarumont/py-trello#367; w11k/calendar-for-trello#134 with the body in devtools; Necmttn/gatsby-source-trello#8, the
  // OAuth secret sent as the token). Anyone's words alone: only as a message of its own, with Trello named near.
  trello('invalid-key', 'challenge.invalid-token', 'invalid key', { standalone: 'start', read: nearTrello }),
  trello('invalid-token', 'challenge.invalid-token', 'invalid token', { standalone: 'start', read: nearTrello }),
  // Figma's REST API refusing a token without the endpoint's scope, as its Code Connect CLI prints the 403: "Failed to
  // upload to Figma (ERR_BAD_REQUEST): 403 Invalid scope(s): files:read. This endpoint requires the
  // file_code_connect:write scope" (figma/code-connect#9: the personal access token was generated without it; a token's
  // scopes are chosen when it is generated, developers.figma.com/docs/rest-api/scopes).
  figma('invalid-scopes', 'scope.insufficient', 'This endpoint requires the ', { exactCase: true, read: figmaScope }),
  // Vonage's APIs answer a credential they do not accept with an RFC 7807 problem whose type is its documentation's
  // `https://developer.nexmo.com/api-errors#unauthorized` (now developer.vonage.com), "title": "Invalid credentials
  // supplied" or "Unauthorized", "detail": "You did not provide correct credentials." (the type and words its SDKs'
  // tests assert: vonage-java-sdk, vonage-node-sdk). The fragment is the stable part.
  vonage('unauthorized', 'challenge.invalid-token', 'api-errors#unauthorized', { ...CODE, read: vonageProblemType }),
  // Its PHP SDK's exception for that 401, the body's title dropped: "Nexmo\Client\Exception\Request: Unauthorized"
  // (Vonage/vonage-php-sdk-core#129, #101: "an issue with your application ID or private key"; #223: the Voice API
  // takes an application's private key, with Voice enabled on it), "Vonage\Client\Exception\Request" since 2.x.
  vonage('php-request-unauthorized', 'challenge.invalid-token', '\\Client\\Exception\\Request: Unauthorized', {
    exactCase: true,
    read: nexmoOrVonage,
  }),
  // The same exception uncaught, as PHP words it: "Uncaught exception 'Nexmo\Client\Exception\Request' with message
  // 'Unauthorized'" (Vonage/vonage-php-sdk-core#159).
  vonage(
    'php-uncaught-unauthorized',
    'challenge.invalid-token',
    "\\Client\\Exception\\Request' with message 'Unauthorized'",
    {
      exactCase: true,
      read: nexmoOrVonage,
    },
  ),
];
