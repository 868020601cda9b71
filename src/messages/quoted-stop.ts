/**
 * A quote that ends a sentence, then the catalogue's own full stop (review-31b): details compose `: "${description}".`
 * and `：「${description}」。`, and a server's words that end in a full stop read `…provided.".` /
 * `…provided.」。`. Every detail and step that quotes words of the paste does this, so the stop is dropped once, here,
 * where a finding's words are put together, rather than at each of the catalogues' quotes.
 */

/**
 * A sentence's end (".", "!", "?" and the full-width 。！？), a closing quote (", ”, 」), then a full stop that no
 * other dot or word follows (an ellipsis or a name like `".json` is no sentence's stop). Fixed width: linear.
 */
const STOP_AFTER_QUOTED_END = /([.!?。！？]["”」])[.。](?![.\w])/g;
const HAS_STOP_AFTER_QUOTED_END = /[.!?。！？]["”」][.。](?![.\w])/;

/** `text` without the full stop after a quote whose words already end a sentence. */
export function dropStopAfterQuotedEnd(text: string): string {
  return HAS_STOP_AFTER_QUOTED_END.test(text) ? text.replace(STOP_AFTER_QUOTED_END, '$1') : text;
}
