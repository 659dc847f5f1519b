import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from './catalogue.js';

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/**
 * The translate function for plain-text messages: `t('nav.wallboard')`. Ids are checked by
 * TypeScript against messages/en.json; values fill ICU placeholders ({count, plural, …}).
 */
export function useT(): (id: MessageId, values?: MessageValues) => string {
  const intl = useIntl();
  return useCallback((id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values), [intl]);
}
