import { useId } from 'react';
import { LOCALE_NAME_IDS, LOCALES, isLocale } from '../i18n/catalogue.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import { useT } from '../i18n/useT.js';

/** Chooses the interface language; each language is named in itself. */
export function LanguageSwitcher() {
  const t = useT();
  const id = useId();
  const { locale, setLocale } = useLocale();
  return (
    <div className="header-control">
      <label htmlFor={id}>{t('shell.language')}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(LOCALE_NAME_IDS[l])}
          </option>
        ))}
      </select>
    </div>
  );
}
