import { useCallback } from 'react';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';

/** A criterion's name in words: its metric, and its channel when it has one. */
export function useCriterionName(): (c: { metric: string; channel?: string | null }) => string {
  const t = useT();
  return useCallback(
    (c) => {
      const metric = t(`assessment.metric.${c.metric}` as MessageId);
      return c.channel
        ? t('assessment.criterionWithChannel', {
            metric,
            channel: t(`assessment.channel.${c.channel}` as MessageId),
          })
        : metric;
    },
    [t],
  );
}
