/**
 * Messages that software prints in Japanese because the machine's or the user's locale is Japanese: the same
 * refusals the other tables read in English, from the products' own translation files. Each row names its
 * catalogue and key; the English row it mirrors sits in the product's own table.
 *
 * Rows here hold no ASCII trigger unless an identifier in them does: scan.ts files them under its Japanese trigger
 * (`認証`), which costs nothing on a paste without Japanese (a two-byte pattern in a one-byte string).
 */
import type { Matcher } from './matcher.js';
import { family } from './matcher.js';

const spring = family('spring-security');

export const LOCALIZED: readonly Matcher[] = [
  // spring-projects/spring-security core/src/main/resources/org/springframework/security/messages_ja.properties,
  // ExceptionTranslationFilter.insufficientAuthentication (English: "Full authentication is required to access this
  // resource", java.ts): an anonymous request reached a protected resource, no credential the chain accepted arrived.
  // SpringSecurityMessageSource answers in the JVM's default locale, so a Japanese server's 401 body and log say this.
  spring('insufficient-authentication-ja', 'token.missing', 'このリソースにアクセスするには認証をする必要があります'),
  // The same file's AbstractSecurityInterceptor.authenticationNotFound and messages.properties' English ("An
  // Authentication object was not found in the SecurityContext"): AuthenticationCredentialsNotFoundException, thrown
  // by method security when nothing authenticated the request.
  spring('authentication-not-found-ja', 'token.missing', '認証オブジェクトがSecurityContext内に見つかりませんでした'),
  spring('authentication-not-found', 'token.missing', 'An Authentication object was not found in the SecurityContext'),
];
