import en from './messages/en.json';

/**
 * The message catalogue. English is the source and is bundled; every other language is one
 * more file in messages/ with the same keys (checked by catalogue.spec.ts), loaded on demand.
 * To add a language: add messages/<locale>.json and its entry in LOCALES.
 */
export type MessageId = keyof typeof en;
export type Messages = Record<MessageId, string>;

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each locale's name in its own language, for the switcher. */
export const LOCALE_NAME_IDS: Record<Locale, MessageId> = { en: 'language.en', 'zh-CN': 'language.zh-CN' };

const lazyCatalogues = import.meta.glob<Messages>(['./messages/*.json', '!./messages/en.json'], {
  import: 'default',
});

export const englishMessages: Messages = en;

/** The messages of a locale (English at once, others fetched on first use). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'en') return en;
  const load = lazyCatalogues[`./messages/${locale}.json`];
  if (!load) throw new Error(`loadMessages has no catalogue for locale "${locale}"`);
  return load();
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best supported locale for a reader's preferences (navigator.languages): any Chinese
 * preference maps to Simplified Chinese, anything else that we don't have to English.
 */
export function matchLocale(preferences: readonly string[]): Locale {
  for (const preference of preferences) {
    const tag = preference.toLowerCase();
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return DEFAULT_LOCALE;
}
