import { useIntl } from 'react-intl';
import type { AgentState, AlertRule } from '../graphql/generated/graphql.js';
import type { MessageId } from '../i18n/catalogue.js';
import { useT } from '../i18n/useT.js';
import { formatElapsed } from './formatElapsed.js';
import { secondsSince } from './serverClock.js';

/** The fields of an alert a line shows (the API's Alert type). */
export interface AlertView {
  id: string;
  rule: AlertRule;
  queue?: string | null;
  agentName?: string | null;
  agentState?: AgentState | null;
  raisedAt: string;
  clearedAt?: string | null;
  value: number;
  threshold: number;
}

const RULE_LABEL: Record<AlertRule, MessageId> = {
  SERVICE_LEVEL_TODAY: 'live.alertRule.SERVICE_LEVEL_TODAY',
  SERVICE_LEVEL_30_MIN: 'live.alertRule.SERVICE_LEVEL_30_MIN',
  QUEUE_DEPTH: 'live.alertRule.QUEUE_DEPTH',
  LONGEST_WAIT: 'live.alertRule.LONGEST_WAIT',
  AGENT_STATE_DURATION: 'live.alertRule.AGENT_STATE_DURATION',
};

/** Each agent state's name (metrics.md, "agent state" events). */
export const AGENT_STATE_LABEL: Record<AgentState, MessageId> = {
  AVAILABLE: 'live.agentState.AVAILABLE',
  ON_CONTACT: 'live.agentState.ON_CONTACT',
  AFTER_CONTACT_WORK: 'live.agentState.AFTER_CONTACT_WORK',
  BREAK: 'live.agentState.BREAK',
  MEAL: 'live.agentState.MEAL',
  TRAINING: 'live.agentState.TRAINING',
  MEETING: 'live.agentState.MEETING',
  OTHER: 'live.agentState.OTHER',
  LOGGED_OUT: 'live.agentState.LOGGED_OUT',
};

/** Each rule's figure in its own unit (schema.gql, Alert.value): a share, a count or seconds. */
export function useAlertFigure(): (rule: AlertRule, value: number) => string {
  const intl = useIntl();
  return (rule, value) => {
    switch (rule) {
      case 'SERVICE_LEVEL_TODAY':
      case 'SERVICE_LEVEL_30_MIN':
        return intl.formatNumber(value, { style: 'percent', maximumFractionDigits: 1 });
      case 'QUEUE_DEPTH':
        return intl.formatNumber(value);
      case 'LONGEST_WAIT':
      case 'AGENT_STATE_DURATION':
        return formatElapsed(value, intl.locale);
    }
  };
}

/**
 * One alert in words: "⚠ Hotline General — Service level today below target: 72 % (limit 80 %)
 * · for 4:12". The time since it was raised ticks on the server clock; a cleared alert says
 * when it cleared instead.
 */
export function AlertLine({
  alert,
  now,
  offsetMs,
  formatTime,
  compact = false,
}: {
  alert: AlertView;
  now: number;
  offsetMs: number;
  formatTime: (instant: string) => string;
  /** Only how long it has been active (a wallboard's one-line alerts). */
  compact?: boolean;
}) {
  const t = useT();
  const figure = useAlertFigure();
  const subject = alert.agentName ?? alert.queue ?? '';
  const intl = useIntl();
  const stateLabel = alert.agentState ? t(AGENT_STATE_LABEL[alert.agentState]) : null;
  const raisedFor = secondsSince(alert.raisedAt, now, offsetMs) ?? 0;
  return (
    <>
      <span className="alert-line__symbol" aria-hidden="true">
        {alert.clearedAt ? '✓' : '⚠'}
      </span>
      <span className="alert-line__subject">{subject}</span>
      <span className="alert-line__rule">
        {t(RULE_LABEL[alert.rule])}
        {stateLabel ? ` (${stateLabel})` : ''}
      </span>
      <span className="alert-line__value">
        {t('live.alert.value', {
          value: figure(alert.rule, alert.value),
          threshold: figure(alert.rule, alert.threshold),
        })}
      </span>
      <span className="alert-line__time">
        {alert.clearedAt
          ? t('live.alert.cleared', {
              raised: formatTime(alert.raisedAt),
              cleared: formatTime(alert.clearedAt),
            })
          : compact
            ? formatElapsed(raisedFor, intl.locale)
            : t('live.alert.activeFor', {
                raised: formatTime(alert.raisedAt),
                duration: formatElapsed(raisedFor, intl.locale),
              })}
      </span>
    </>
  );
}
