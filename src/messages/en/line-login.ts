/**
 * Steps for LINE Login's Verify ID token endpoint refusing an ID token, and the LINE SDK's own check of one against the
 * device's clock (verifier-messages/japanese.ts): each of the endpoint's
 * descriptions names one check, and each check has one thing to send differently (developers.line.biz/en/reference/
 * line-login/#verify-id-token: the endpoint takes id_token, client_id, and optionally nonce and user_id).
 */
export type LineLoginCheck = 'expired' | 'audience' | 'issuer' | 'nonce' | 'subject' | 'invalid' | 'sdkClock';

const STEPS: Readonly<Record<LineLoginCheck, string>> = {
  // LIFF keeps the ID token it got at login (valid an hour) and liff.getIDToken() returns it after it expires;
  // liff.init(), liff.login() and a reload do not replace it (qiita.com/jyas-protein/items/330d3b8291ec85cdc457;
  // zenn.dev/arahabica/articles/274bb147a91d8a: the server answering 400 half a day later).
  expired:
    'Send LINE Login a fresh ID token, not a stored one (an ID token is valid for an hour). A LIFF app keeps the one it got at login and liff.getIDToken() returns it even after it expires; liff.init(), liff.login() and a reload do not replace it: call liff.logout() and open the LIFF URL (https://liff.line.me/<LIFF ID>) again to log in anew, then send the new ID token. On the web, use the id_token of a new login’s token response.',
  audience:
    'Send as client_id the channel ID of the LINE Login channel the ID token was issued for (LINE Developers Console → the channel → Basic settings → Channel ID). A LIFF app’s ID token is for the LINE Login channel the LIFF app was added to, not for a Messaging API channel.',
  issuer:
    'Send the ID token exactly as LINE Login issued it (its iss is https://access.line.me): an ID token from another provider, or one the app built or re-signed, is refused.',
  nonce:
    'Send as nonce the value this login’s authorization request carried (the one stored for this session), or leave nonce out if the login set none: a nonce from another login attempt is refused.',
  subject: 'Send as user_id the LINE user ID of the user who logged in (this ID token’s sub), or leave user_id out.',
  invalid:
    'Check that id_token carries the whole ID token LINE Login issued (three dot-separated parts, nothing cut, not URL-encoded twice), not the access token, and that client_id is the LINE Login channel’s ID.',
  sdkClock:
    'The LINE SDK checks the ID token’s iat and exp against the device’s own clock, with five minutes’ leeway: turn on the device’s automatic date and time (and time zone), or correct its clock, then log in again. The token itself is sound; other devices log in with it.',
};

/** The step for LINE Login's check, or null when `via` is not LINE Login. */
export function lineLoginStep(via: string | undefined, check: LineLoginCheck): string | null {
  if (via === 'line-sdk') return STEPS.sdkClock;
  return via === 'line-login' ? STEPS[check] : null;
}
