/** Regex building for literal texts, at module load: one escaping rule for every table that becomes a regex. */

/** `text` as a regex that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regex matching any of `texts` literally: an alternation with no quantifier, so linear. */
export function literalAlternation(texts: readonly string[], flags?: string): RegExp {
  return new RegExp(texts.map(escapeRegExp).join('|'), flags);
}
