/**
 * jwt-diagnose: tells why a request failed with 401 or 403 from whatever was pasted about it.
 * The engine is pure (text in, report out); renderers lay a report out as text, JSON or Block Kit.
 */
export type { CodeArgs } from './engine/args.js';
export {
  codes,
  docsPath,
  FINDING_CODES,
  type FindingCode,
  isFindingCode,
  PROJECT_CODES,
  type Severity,
} from './engine/codes.js';
export { diagnose } from './engine/diagnose.js';
export { NOTE_KEYS, type NoteArgs, type NoteKey } from './engine/evidence.js';
export type { DiagnoseOptions, KeyFetchInfo } from './engine/options.js';
export type {
  Challenge,
  Classification,
  Evidence,
  Finding,
  Lifetime,
  Locale,
  Report,
  Source,
  TimeClaim,
  TimeClaims,
  TimeVerdict,
  TokenSummary,
} from './engine/types.js';
export * from './errors.js';
export { type Catalogue, catalogueFor, catalogues } from './messages/index.js';
export { type BlocksOptions, renderBlocks, type SlackMessage } from './render/blocks.js';
export { renderJson } from './render/json.js';
export { renderText, type TextOptions } from './render/text.js';
