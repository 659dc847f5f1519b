import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/catalogue.js';

/** A sentence or formula line from the planning API (apps/api/src/planning/messages.ts). */
export interface PlanningMessageLike {
  key: string;
  params: unknown;
  text: string;
}

/**
 * Every template the planning API writes, mirrored in the catalogue (en.json as in messages.ts,
 * zh-CN.json translated), so each reader gets the sentence in their own language.
 */
const API_MESSAGE_KEYS: readonly MessageId[] = [
  'planning.requirement.agents',
  'planning.requirement.none',
  'planning.requirement.noHandleTime',
  'planning.requirement.performance',
  'planning.requirement.binding',
  'planning.requirement.comparison',
  'planning.requirement.claimDesk',
  'planning.calculator.agents',
  'planning.calculator.none',
  'planning.patience.known',
  'planning.patience.estimated',
  'planning.patience.tooFew',
  'planning.patience.unknown',
  'planning.patience.off',
  'planning.patience.claimDesk',
  'planning.intraday.running',
  'planning.intraday.notStarted',
  'planning.gap.short',
  'planning.gap.covered',
  'planning.gap.noSchedules',
  'planning.gap.fromSchedule',
  'planning.accuracy.summary',
  'planning.accuracy.noActuals',
  'planning.formula.traffic',
  'planning.formula.noTraffic',
  'planning.formula.required',
  'planning.formula.erlangC',
  'planning.formula.serviceLevelC',
  'planning.formula.asaC',
  'planning.formula.occupancyC',
  'planning.formula.erlangA',
  'planning.formula.occupancyA',
  'planning.formula.scheduled',
  'planning.formula.claimStaffHours',
  'planning.formula.claimProductive',
  'planning.formula.claimAgents',
];
const KNOWN = new Set<string>(API_MESSAGE_KEYS);

/** The message in the reader's language: its template from the catalogue, else the API's English. */
export function useApiMessage(): (message: PlanningMessageLike) => string {
  const intl = useIntl();
  return (message) =>
    KNOWN.has(message.key)
      ? intl.formatMessage(
          { id: message.key },
          (message.params ?? {}) as Record<string, string | number | boolean | null>,
        )
      : message.text;
}

/** A planning sentence as a paragraph. */
export function ApiMessage({ message, className }: { message: PlanningMessageLike; className?: string }) {
  const render = useApiMessage();
  return <p className={className}>{render(message)}</p>;
}
