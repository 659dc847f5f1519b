import { AssessmentSetEntity } from '../assessment/entities/assessment-set.entity.js';
import { FrozenScorecardEntity } from '../assessment/entities/frozen-scorecard.entity.js';
import { AuditEntryEntity } from '../audit/entities/audit-entry.entity.js';
import { AUTH_ENTITIES } from '../auth/auth.entities.js';
import { AgentStateAlertLimitEntity } from '../alerts/entities/agent-state-alert-limit.entity.js';
import { AlertEntity } from '../alerts/entities/alert.entity.js';
import { AgentSkillEntity } from '../directory/entities/agent-skill.entity.js';
import { AgentEntity } from '../directory/entities/agent.entity.js';
import { QueueEntity } from '../directory/entities/queue.entity.js';
import { SiteEntity } from '../directory/entities/site.entity.js';
import { TeamEntity } from '../directory/entities/team.entity.js';
import { UserEntity } from '../directory/entities/user.entity.js';
import { AgentLastStateEntity, AgentStateEntity } from '../ingest/entities/agent-state.entity.js';
import { AgentDayStatsEntity, AgentIntervalStatsEntity } from '../ingest/entities/agent-stats.entity.js';
import { ClaimDayStatsEntity } from '../ingest/entities/claim-stats.entity.js';
import { ClaimEntity } from '../ingest/entities/claim.entity.js';
import { ContactEntity } from '../ingest/entities/contact.entity.js';
import { QualityEvaluationEntity } from '../ingest/entities/quality-evaluation.entity.js';
import { QueueDayStatsEntity, QueueIntervalStatsEntity } from '../ingest/entities/queue-stats.entity.js';
import { StoredEventEntity } from '../ingest/entities/stored-event.entity.js';
import {
  ForecastSnapshotEntity,
  ForecastSnapshotQueueEntity,
} from '../planning/entities/forecast-snapshot.entity.js';
import { QueuePlanningSettingsEntity } from '../planning/entities/queue-planning-settings.entity.js';
import { SpecialDayEntity } from '../planning/entities/special-day.entity.js';
import { SCHEDULING_ENTITIES } from '../scheduling/scheduling.entities.js';

/** Every entity, listed as classes (TypeORM 1.x does not take globs). */
export const ENTITIES = [
  SiteEntity,
  QueueEntity,
  TeamEntity,
  AgentEntity,
  AgentSkillEntity,
  UserEntity,
  StoredEventEntity,
  ContactEntity,
  QueueIntervalStatsEntity,
  QueueDayStatsEntity,
  AgentStateEntity,
  AgentLastStateEntity,
  AgentIntervalStatsEntity,
  AgentDayStatsEntity,
  QualityEvaluationEntity,
  AlertEntity,
  AgentStateAlertLimitEntity,
  ClaimEntity,
  ClaimDayStatsEntity,
  ...AUTH_ENTITIES,
  AuditEntryEntity,
  AssessmentSetEntity,
  FrozenScorecardEntity,
  SpecialDayEntity,
  ForecastSnapshotEntity,
  ForecastSnapshotQueueEntity,
  QueuePlanningSettingsEntity,
  ...SCHEDULING_ENTITIES,
];
