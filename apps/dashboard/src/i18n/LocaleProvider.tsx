import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import {
  DEFAULT_LOCALE,
  englishMessages,
  isLocale,
  loadMessages,
  matchLocale,
  type Locale,
  type Messages,
} from './catalogue.js';

const STORAGE_KEY = 'servicefloor.locale';

interface LocaleContextValue {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleContextValue>({ locale: DEFAULT_LOCALE, setLocale: () => {} });

/** The reader's chosen language; remembered in this browser. */
export function useLocale(): LocaleContextValue {
  return use(LocaleContext);
}

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage may be unavailable (privacy mode); fall back to the browser's languages.
  }
  return matchLocale(navigator.languages ?? [navigator.language]);
}

/** Provides react-intl with the chosen locale's messages, and sets <html lang>. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const [loaded, setLoaded] = useState<{ locale: Locale; messages: Messages }>({
    locale: 'en',
    messages: englishMessages,
  });

  useEffect(() => {
    let cancelled = false;
    loadMessages(locale)
      .then((messages) => {
        if (!cancelled) setLoaded({ locale, messages });
      })
      .catch((error: unknown) => console.error(`Messages for ${locale} could not be loaded`, error));
    document.documentElement.lang = locale;
    return () => {
      cancelled = true;
    };
  }, [locale]);

  const setLocale = (next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered; still switched for this visit.
    }
  };

  return (
    <LocaleContext value={{ locale, setLocale }}>
      <IntlProvider locale={loaded.locale} messages={loaded.messages} defaultLocale={DEFAULT_LOCALE}>
        {children}
      </IntlProvider>
    </LocaleContext>
  );
}
