import type { Locale } from '../engine/types.js';
import type { Catalogue } from './catalogue.js';
import { en } from './en/index.js';
import { ja } from './ja/index.js';

export type { Catalogue, EvidenceMessages, FindingMessage, FindingMessages, Format } from './catalogue.js';

/** One catalogue per locale: a second language is one more entry here. */
export const catalogues: Record<Locale, Catalogue> = { en, ja };

export function catalogueFor(locale: Locale): Catalogue {
  return catalogues[locale];
}
