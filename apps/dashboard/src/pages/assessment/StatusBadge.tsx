import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';

const SYMBOL: Record<string, string> = { MET: '✓', NEAR: '≈', MISSED: '✗', NO_DATA: '—' };

/** A criterion's status: a symbol and a word, coloured too (never by colour alone). */
export function StatusBadge({ status }: { status: string }) {
  const t = useT();
  return (
    <span className={`assessment-status assessment-status--${status.toLowerCase()}`} data-status={status}>
      <span aria-hidden="true">{SYMBOL[status] ?? '?'} </span>
      {t(`assessment.status.${status}` as MessageId)}
    </span>
  );
}
