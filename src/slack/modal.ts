/**
 * The diagnosis form, opened by `/jwt-diagnose` with no text (or `help`).
 *
 * Built for a phone: one column, two large multiline fields first (what people actually have), the
 * expectations after them as short single-line fields, the skew as a number field (numeric keypad),
 * every field optional and labelled in the user's language. `private_metadata` carries where the
 * report goes (the command's channel and response_url) and the language, because the submission
 * payload has neither.
 */
import type { types } from '@slack/bolt';
import { z } from 'zod';
import { holdsToken } from '../engine/token/find.js';
import type { Locale } from '../engine/types.js';
import type { Catalogue, ExpectationOption } from '../messages/catalogue.js';
import { escapeMrkdwn } from '../render/mrkdwn.js';
import type { InlineOptions } from './inline-options.js';

export const MODAL_CALLBACK_ID = 'diagnose_modal';

/** Block ids of the form's inputs; each input's action_id is `value`. */
export const FIELDS = {
  paste: 'paste',
  token: 'token',
  iss: 'iss',
  aud: 'aud',
  scope: 'scope',
  skew: 'skew',
} as const;

/** Slack's plain_text_input holds at most 3000 characters (§3). */
const INPUT_MAX = 3000;

const Metadata = z.object({
  /** The channel the command was typed in. */
  c: z.string().min(1),
  /** The command's response_url: answers there need no channel membership (§7). */
  r: z.url().nullable(),
  l: z.enum(['en', 'ja']),
});
export type ModalMetadata = z.infer<typeof Metadata>;

/** The form, in the catalogue's language, with any inline options already typed filled in. */
export function buildModal(cat: Catalogue, meta: ModalMetadata, prefill: InlineOptions): types.ModalView {
  const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text });
  const s = cat.slack;
  const textInput = (
    blockId: string,
    label: string,
    options: { multiline?: boolean; placeholder?: string; hint?: string; initial?: string },
  ): types.InputBlock => ({
    type: 'input',
    block_id: blockId,
    optional: true,
    label: plain(label),
    ...(options.hint === undefined ? {} : { hint: plain(options.hint) }),
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      multiline: options.multiline === true,
      max_length: INPUT_MAX,
      ...(options.placeholder === undefined ? {} : { placeholder: plain(options.placeholder.slice(0, 150)) }),
      ...(options.initial === undefined ? {} : { initial_value: options.initial }),
    },
  });
  const join = (v: string[] | undefined, sep: string): string | undefined =>
    v === undefined ? undefined : v.join(sep);
  const iss = join(prefill.iss, ', ');
  const aud = join(prefill.aud, ', ');
  const scope = join(prefill.scope, ' ');
  return {
    type: 'modal',
    callback_id: MODAL_CALLBACK_ID,
    private_metadata: JSON.stringify(meta),
    title: plain(s.modalTitle),
    submit: plain(s.modalSubmit),
    close: plain(s.modalClose),
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(s.modalIntro) }] },
      textInput(FIELDS.paste, s.pasteLabel, { multiline: true, placeholder: s.pastePlaceholder }),
      textInput(FIELDS.token, s.tokenLabel, { multiline: true, placeholder: s.tokenPlaceholder }),
      textInput(FIELDS.iss, s.issuerLabel, iss === undefined ? {} : { initial: iss }),
      textInput(FIELDS.aud, s.audienceLabel, aud === undefined ? {} : { initial: aud }),
      textInput(FIELDS.scope, s.scopesLabel, {
        hint: s.scopesHint,
        ...(scope === undefined ? {} : { initial: scope }),
      }),
      {
        type: 'input',
        block_id: FIELDS.skew,
        optional: true,
        label: plain(s.skewLabel),
        hint: plain(s.skewHint),
        element: {
          type: 'number_input',
          action_id: 'value',
          is_decimal_allowed: false,
          min_value: '0',
          max_value: '86400',
          ...(prefill.skew === undefined ? {} : { initial_value: String(prefill.skew) }),
        },
      },
    ],
  };
}

/** What the form gave, validated: the paste and the expectations that override the configured ones. */
export interface ModalInput {
  text: string;
  expectations: InlineOptions;
  /**
   * The expectation fields that hold a token (a paste in the wrong field): the form is sent back with an
   * error under each, as inline-options.ts refuses `iss=eyJ…`, since the report would quote it back.
   */
  tokenIn: ExpectationOption[];
}

const StateValue = z.object({ value: z.string().nullish() }).loose();
const State = z.record(z.string(), z.record(z.string(), StateValue));

/** Reads the submitted form. Values are trimmed; lists split on commas (scopes also on spaces). */
export function readModal(values: unknown): ModalInput {
  const parsed = State.safeParse(values);
  const state = parsed.success ? parsed.data : {};
  const field = (id: string): string => (state[id]?.value?.value ?? '').trim();
  const list = (id: string, sep: RegExp): string[] | undefined => {
    const items = field(id)
      .split(sep)
      .map((x) => x.trim())
      .filter((x) => x !== '');
    return items.length === 0 ? undefined : items;
  };
  const expectations: InlineOptions = {};
  const tokenIn = (['iss', 'aud', 'scope'] as const).filter((id) => holdsToken(field(FIELDS[id])));
  const iss = list(FIELDS.iss, /,/);
  const aud = list(FIELDS.aud, /,/);
  const scope = list(FIELDS.scope, /[\s,]+/);
  const skew = /^\d{1,5}$/.test(field(FIELDS.skew)) ? Number(field(FIELDS.skew)) : undefined;
  if (iss !== undefined) expectations.iss = iss;
  if (aud !== undefined) expectations.aud = aud;
  if (scope !== undefined) expectations.scope = scope;
  if (skew !== undefined && skew <= 86_400) expectations.skew = skew;
  const text = [field(FIELDS.paste), field(FIELDS.token)].filter((t) => t !== '').join('\n\n');
  return { text, expectations, tokenIn };
}

/** Reads `private_metadata`; null when it is not ours (an older form, or damaged). */
export function readModalMetadata(raw: string): ModalMetadata | null {
  try {
    const parsed = Metadata.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The locale a form was opened in. */
export function modalLocale(meta: ModalMetadata | null, fallback: Locale): Locale {
  return meta?.l ?? fallback;
}
