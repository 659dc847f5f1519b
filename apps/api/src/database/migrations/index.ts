import { InitialSchema1795565546283 as PostgresInitialSchema1795565546283 } from './postgres/1795565546283-InitialSchema.js';
import { AccessControl1795566007696 as PostgresAccessControl1795566007696 } from './postgres/1795566007696-AccessControl.js';
import { LiveAlerts1795566354593 as PostgresLiveAlerts1795566354593 } from './postgres/1795566354593-LiveAlerts.js';
import { PlanningForecastsAndSettings1795566403959 as PostgresPlanningForecastsAndSettings1795566403959 } from './postgres/1795566403959-PlanningForecastsAndSettings.js';
import { Scheduling1795575811958 as PostgresScheduling1795575811958 } from './postgres/1795575811958-Scheduling.js';
import { AssessmentScorecards1795575946031 as PostgresAssessmentScorecards1795575946031 } from './postgres/1795575946031-AssessmentScorecards.js';
import { TimeOffRequestsAndGenerationLimit1796660987569 as PostgresTimeOffRequestsAndGenerationLimit1796660987569 } from './postgres/1796660987569-TimeOffRequestsAndGenerationLimit.js';
import { ContactRepeatKeysIndex1796672233863 as PostgresContactRepeatKeysIndex1796672233863 } from './postgres/1796672233863-ContactRepeatKeysIndex.js';
import { InitialSchema1795565546283 as SqliteInitialSchema1795565546283 } from './sqlite/1795565546283-InitialSchema.js';
import { AccessControl1795566007696 as SqliteAccessControl1795566007696 } from './sqlite/1795566007696-AccessControl.js';
import { LiveAlerts1795566354593 as SqliteLiveAlerts1795566354593 } from './sqlite/1795566354593-LiveAlerts.js';
import { PlanningForecastsAndSettings1795566403959 as SqlitePlanningForecastsAndSettings1795566403959 } from './sqlite/1795566403959-PlanningForecastsAndSettings.js';
import { Scheduling1795575811958 as SqliteScheduling1795575811958 } from './sqlite/1795575811958-Scheduling.js';
import { AssessmentScorecards1795575946031 as SqliteAssessmentScorecards1795575946031 } from './sqlite/1795575946031-AssessmentScorecards.js';
import { TimeOffRequestsAndGenerationLimit1796660987569 as SqliteTimeOffRequestsAndGenerationLimit1796660987569 } from './sqlite/1796660987569-TimeOffRequestsAndGenerationLimit.js';
import { ContactRepeatKeysIndex1796672233863 as SqliteContactRepeatKeysIndex1796672233863 } from './sqlite/1796672233863-ContactRepeatKeysIndex.js';

/** Migration sets, one per database, in order (written by database/generate-migration.ts). */
export const SQLITE_MIGRATIONS = [SqliteInitialSchema1795565546283, SqliteAccessControl1795566007696, SqliteLiveAlerts1795566354593, SqlitePlanningForecastsAndSettings1795566403959, SqliteScheduling1795575811958, SqliteAssessmentScorecards1795575946031, SqliteTimeOffRequestsAndGenerationLimit1796660987569, SqliteContactRepeatKeysIndex1796672233863];
export const POSTGRES_MIGRATIONS = [PostgresInitialSchema1795565546283, PostgresAccessControl1795566007696, PostgresLiveAlerts1795566354593, PostgresPlanningForecastsAndSettings1795566403959, PostgresScheduling1795575811958, PostgresAssessmentScorecards1795575946031, PostgresTimeOffRequestsAndGenerationLimit1796660987569, PostgresContactRepeatKeysIndex1796672233863];
