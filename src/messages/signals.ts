/**
 * A gateway's signals as a report's words show them (proxy.gateway-response). A signal is a text cut from the middle
 * of the product's sentence, Authelia's ") is not authorized to user ", and printed as it is its stray bracket and
 * blanks would sit inside the finding's own parentheses; its edges go, and an ellipsis says words stood there. The
 * finding's args keep the texts as they were matched.
 */
export function shownSignals(signals: readonly string[], separator: string): string {
  return signals.slice(0, 3).map(shownSignal).join(separator);
}

function shownSignal(signal: string): string {
  const trimmed = signal.replace(/^[\s),;:]+|[\s(,;:]+$/g, '');
  return trimmed === signal || trimmed === '' ? signal : `…${trimmed}…`;
}
