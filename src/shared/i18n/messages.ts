/**
 * The message catalogue. Each area lives in catalog/<area>.ts (English defines the keys,
 * German must have every key: the type checker enforces it). Add an area here.
 */
import type { Language } from '../model/schema';
import { core } from './catalog/core';
import { model } from './catalog/model';
import { boardMessages } from './catalog/board';
import { cubeMessages } from './catalog/cube';
import { excelMessages } from './catalog/excel';
import { roomMessages } from './catalog/room';
import { actMessages } from './catalog/act';
import { resolveKeys } from './keys';
import { resolvePlurals } from './plural';
import { importMessages } from './catalog/import';
import { libraryMessages } from './catalog/library';
import { shellMessages } from './catalog/shell';
import { phoneMessages } from './catalog/phone';
import { roomModeMessages } from './catalog/roomMode';
import { commandMessages } from './catalog/commands';

const AREAS = [core, model, importMessages, boardMessages, cubeMessages, excelMessages, roomMessages, actMessages, libraryMessages, shellMessages, phoneMessages, roomModeMessages, commandMessages] as const;

type Area = (typeof AREAS)[number];
type KeysOf<A> = A extends { en: infer E } ? keyof E : never;
export type MessageKey = KeysOf<Area> & string;
export type Params = Record<string, string | number>;

function merge(lang: Language): Record<MessageKey, string> {
  const out: Record<string, string> = {};
  for (const area of AREAS) Object.assign(out, area[lang]);
  return out as Record<MessageKey, string>;
}

export const CATALOGUE: Record<Language, Record<MessageKey, string>> = { de: merge('de'), en: merge('en') };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOGUE.en, key);
}

/**
 * A message with its parameters filled in. Besides `{name}` a message may hold counted
 * phrases `{count|one|other}` (plural.ts) and key labels `{key:mod+Z}` (keys.ts).
 */
export function translate(lang: Language, key: MessageKey, params?: Params): string {
  const template = resolveKeys(lang, resolvePlurals(lang, CATALOGUE[lang][key] ?? CATALOGUE.en[key] ?? key, params));
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m,
  );
}
