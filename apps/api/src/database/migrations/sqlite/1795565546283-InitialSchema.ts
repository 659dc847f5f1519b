import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795565546283 implements MigrationInterface {
  name = 'InitialSchema1795565546283';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "sites" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "timeZone" varchar(64) NOT NULL, CONSTRAINT "UQ_7a7dbd4513de54a315d97e1a7de" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'CREATE TABLE "teams" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "siteId" integer NOT NULL, CONSTRAINT "UQ_48c0c32e6247a2de155baeaf980" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agents" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "agentId" varchar(200) NOT NULL, "name" varchar(200) NOT NULL, "teamId" integer)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_49c61d9abe4282f87c1593c0d0" ON "agents" ("agentId") ');
    await queryRunner.query(
      'CREATE TABLE "queues" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "channel" varchar(16) NOT NULL, "siteId" integer NOT NULL, "slThresholdSeconds" integer NOT NULL, "slTarget" double precision NOT NULL, "slVariant" varchar(32) NOT NULL, "shortAbandonSeconds" integer NOT NULL, "claimSlaHours" integer NOT NULL, "alertMaxDepth" integer, "alertMaxWaitSeconds" integer)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_a290d70c28ba7f1c5d2600da84" ON "queues" ("name") ');
    await queryRunner.query(
      'CREATE TABLE "agent_skills" ("agentRef" integer NOT NULL, "queueId" integer NOT NULL, "proficiency" double precision NOT NULL, PRIMARY KEY ("agentRef", "queueId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(100) NOT NULL, "displayName" varchar(200) NOT NULL, "role" varchar(16) NOT NULL, "agentId" varchar(200), "passwordHash" text, CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agent_states" ("agentId" varchar(200) NOT NULL, "at" bigint NOT NULL, "eventId" varchar(200) NOT NULL, "state" varchar(24) NOT NULL, "reason" varchar(200), PRIMARY KEY ("agentId", "at", "eventId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agent_last_states" ("agentId" varchar(200) PRIMARY KEY NOT NULL, "at" bigint NOT NULL, "eventId" varchar(200) NOT NULL, "state" varchar(24) NOT NULL, "reason" varchar(200))',
    );
    await queryRunner.query(
      'CREATE TABLE "agent_interval_stats" ("agentId" varchar(200) NOT NULL, "intervalStart" bigint NOT NULL, "secondsAvailable" double precision NOT NULL DEFAULT (0), "secondsOnContact" double precision NOT NULL DEFAULT (0), "secondsAfterContactWork" double precision NOT NULL DEFAULT (0), "secondsBreak" double precision NOT NULL DEFAULT (0), "secondsMeal" double precision NOT NULL DEFAULT (0), "secondsTraining" double precision NOT NULL DEFAULT (0), "secondsMeeting" double precision NOT NULL DEFAULT (0), "secondsOther" double precision NOT NULL DEFAULT (0), "handled" double precision NOT NULL DEFAULT (0), "handleSeconds" double precision NOT NULL DEFAULT (0), "qaEvaluations" double precision NOT NULL DEFAULT (0), "qaScoreSum" double precision NOT NULL DEFAULT (0), "qaPassed" double precision NOT NULL DEFAULT (0), "trainingHours" double precision NOT NULL DEFAULT (0), PRIMARY KEY ("agentId", "intervalStart"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agent_day_stats" ("agentId" varchar(200) NOT NULL, "dayStart" bigint NOT NULL, "secondsAvailable" double precision NOT NULL DEFAULT (0), "secondsOnContact" double precision NOT NULL DEFAULT (0), "secondsAfterContactWork" double precision NOT NULL DEFAULT (0), "secondsBreak" double precision NOT NULL DEFAULT (0), "secondsMeal" double precision NOT NULL DEFAULT (0), "secondsTraining" double precision NOT NULL DEFAULT (0), "secondsMeeting" double precision NOT NULL DEFAULT (0), "secondsOther" double precision NOT NULL DEFAULT (0), "handled" double precision NOT NULL DEFAULT (0), "handleSeconds" double precision NOT NULL DEFAULT (0), "qaEvaluations" double precision NOT NULL DEFAULT (0), "qaScoreSum" double precision NOT NULL DEFAULT (0), "qaPassed" double precision NOT NULL DEFAULT (0), "trainingHours" double precision NOT NULL DEFAULT (0), PRIMARY KEY ("agentId", "dayStart"))',
    );
    await queryRunner.query(
      'CREATE TABLE "claim_day_stats" ("queueId" integer NOT NULL, "dayStart" bigint NOT NULL, "opened" bigint NOT NULL DEFAULT (0), "reopened" bigint NOT NULL DEFAULT (0), "settleEvents" bigint NOT NULL DEFAULT (0), "rejectEvents" bigint NOT NULL DEFAULT (0), "settled" bigint NOT NULL DEFAULT (0), "settledWithinSla" bigint NOT NULL DEFAULT (0), "sumCycleMs" bigint NOT NULL DEFAULT (0), "rejected" bigint NOT NULL DEFAULT (0), PRIMARY KEY ("queueId", "dayStart"))',
    );
    await queryRunner.query(
      'CREATE TABLE "claims" ("claimId" varchar(200) PRIMARY KEY NOT NULL, "queueId" integer NOT NULL, "events" text NOT NULL, "openedAt" bigint, "settledAt" bigint, "rejectedAt" bigint, "reopenedAt" bigint, "reopenedCount" integer NOT NULL DEFAULT (0), "closedAt" bigint, "agentId" varchar(200), "amount" double precision)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_53bb9db769bdbf8430a0f17544" ON "claims" ("queueId", "openedAt") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_890b461cffb8df255e19713d69" ON "claims" ("queueId", "settledAt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "contacts" ("contactId" varchar(200) PRIMARY KEY NOT NULL, "queueId" integer, "customerId" varchar(200), "offeredAt" bigint, "offeredEventId" varchar(200), "answeredAt" bigint, "abandonedAt" bigint, "flowedOutAt" bigint, "completedAt" bigint, "completedEventId" varchar(200), "answeredAgentId" varchar(200), "completedAgentId" varchar(200), "talkSeconds" double precision, "holdSeconds" double precision, "acwSeconds" double precision, "transfers" integer NOT NULL DEFAULT (0), "repeatWithin7Days" integer, "surveyAt" bigint, "surveyEventId" varchar(200), "csat" integer, "nps" integer, "resolved" integer, "appliedThresholdSeconds" integer, "appliedShortAbandonSeconds" integer)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_94a17e3b288e99ed4aa05d919c" ON "contacts" ("queueId", "offeredAt") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_61dcd44431e1cbc8abf45a2ddd" ON "contacts" ("customerId", "offeredAt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "quality_evaluations" ("eventId" varchar(200) PRIMARY KEY NOT NULL, "contactId" varchar(200), "agentId" varchar(200), "attributedAgentId" varchar(200), "at" bigint NOT NULL, "score" double precision NOT NULL, "evaluator" varchar(200) NOT NULL, "form" varchar(200), "criteria" text)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_33e43248d1982e54ed9ddd766f" ON "quality_evaluations" ("contactId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3a88446c01084bc04977917f93" ON "quality_evaluations" ("attributedAgentId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "queue_interval_stats" ("queueId" integer NOT NULL, "intervalStart" bigint NOT NULL, "maxWait" bigint NOT NULL DEFAULT (0), "offered" bigint NOT NULL DEFAULT (0), "answered" bigint NOT NULL DEFAULT (0), "answeredWithinThreshold" bigint NOT NULL DEFAULT (0), "abandoned" bigint NOT NULL DEFAULT (0), "abandonedShort" bigint NOT NULL DEFAULT (0), "abandonedWithinThreshold" bigint NOT NULL DEFAULT (0), "flowedOut" bigint NOT NULL DEFAULT (0), "transfers" bigint NOT NULL DEFAULT (0), "handled" bigint NOT NULL DEFAULT (0), "sumAnswerWait" bigint NOT NULL DEFAULT (0), "sumAbandonWait" bigint NOT NULL DEFAULT (0), "sumTalk" bigint NOT NULL DEFAULT (0), "sumHold" bigint NOT NULL DEFAULT (0), "sumAcw" bigint NOT NULL DEFAULT (0), "answerWait0" bigint NOT NULL DEFAULT (0), "answerWait1" bigint NOT NULL DEFAULT (0), "answerWait2" bigint NOT NULL DEFAULT (0), "answerWait3" bigint NOT NULL DEFAULT (0), "answerWait4" bigint NOT NULL DEFAULT (0), "answerWait5" bigint NOT NULL DEFAULT (0), "answerWait6" bigint NOT NULL DEFAULT (0), "answerWait7" bigint NOT NULL DEFAULT (0), "answerWait8" bigint NOT NULL DEFAULT (0), "answerWait9" bigint NOT NULL DEFAULT (0), "answerWait10" bigint NOT NULL DEFAULT (0), "answerWait11" bigint NOT NULL DEFAULT (0), "answerWait12" bigint NOT NULL DEFAULT (0), "abandonWait0" bigint NOT NULL DEFAULT (0), "abandonWait1" bigint NOT NULL DEFAULT (0), "abandonWait2" bigint NOT NULL DEFAULT (0), "abandonWait3" bigint NOT NULL DEFAULT (0), "abandonWait4" bigint NOT NULL DEFAULT (0), "abandonWait5" bigint NOT NULL DEFAULT (0), "abandonWait6" bigint NOT NULL DEFAULT (0), "abandonWait7" bigint NOT NULL DEFAULT (0), "abandonWait8" bigint NOT NULL DEFAULT (0), "abandonWait9" bigint NOT NULL DEFAULT (0), "abandonWait10" bigint NOT NULL DEFAULT (0), "abandonWait11" bigint NOT NULL DEFAULT (0), "abandonWait12" bigint NOT NULL DEFAULT (0), "surveys" bigint NOT NULL DEFAULT (0), "csatSum" bigint NOT NULL DEFAULT (0), "csatTop2" bigint NOT NULL DEFAULT (0), "npsResponses" bigint NOT NULL DEFAULT (0), "npsPromoters" bigint NOT NULL DEFAULT (0), "npsDetractors" bigint NOT NULL DEFAULT (0), "fcrSurveyAnswers" bigint NOT NULL DEFAULT (0), "fcrSurveyResolved" bigint NOT NULL DEFAULT (0), "fcrDerivedEligible" bigint NOT NULL DEFAULT (0), "fcrDerivedResolved" bigint NOT NULL DEFAULT (0), "fcrEligible" bigint NOT NULL DEFAULT (0), "fcrResolved" bigint NOT NULL DEFAULT (0), PRIMARY KEY ("queueId", "intervalStart"))',
    );
    await queryRunner.query(
      'CREATE TABLE "queue_day_stats" ("queueId" integer NOT NULL, "dayStart" bigint NOT NULL, "maxWait" bigint NOT NULL DEFAULT (0), "offered" bigint NOT NULL DEFAULT (0), "answered" bigint NOT NULL DEFAULT (0), "answeredWithinThreshold" bigint NOT NULL DEFAULT (0), "abandoned" bigint NOT NULL DEFAULT (0), "abandonedShort" bigint NOT NULL DEFAULT (0), "abandonedWithinThreshold" bigint NOT NULL DEFAULT (0), "flowedOut" bigint NOT NULL DEFAULT (0), "transfers" bigint NOT NULL DEFAULT (0), "handled" bigint NOT NULL DEFAULT (0), "sumAnswerWait" bigint NOT NULL DEFAULT (0), "sumAbandonWait" bigint NOT NULL DEFAULT (0), "sumTalk" bigint NOT NULL DEFAULT (0), "sumHold" bigint NOT NULL DEFAULT (0), "sumAcw" bigint NOT NULL DEFAULT (0), "answerWait0" bigint NOT NULL DEFAULT (0), "answerWait1" bigint NOT NULL DEFAULT (0), "answerWait2" bigint NOT NULL DEFAULT (0), "answerWait3" bigint NOT NULL DEFAULT (0), "answerWait4" bigint NOT NULL DEFAULT (0), "answerWait5" bigint NOT NULL DEFAULT (0), "answerWait6" bigint NOT NULL DEFAULT (0), "answerWait7" bigint NOT NULL DEFAULT (0), "answerWait8" bigint NOT NULL DEFAULT (0), "answerWait9" bigint NOT NULL DEFAULT (0), "answerWait10" bigint NOT NULL DEFAULT (0), "answerWait11" bigint NOT NULL DEFAULT (0), "answerWait12" bigint NOT NULL DEFAULT (0), "abandonWait0" bigint NOT NULL DEFAULT (0), "abandonWait1" bigint NOT NULL DEFAULT (0), "abandonWait2" bigint NOT NULL DEFAULT (0), "abandonWait3" bigint NOT NULL DEFAULT (0), "abandonWait4" bigint NOT NULL DEFAULT (0), "abandonWait5" bigint NOT NULL DEFAULT (0), "abandonWait6" bigint NOT NULL DEFAULT (0), "abandonWait7" bigint NOT NULL DEFAULT (0), "abandonWait8" bigint NOT NULL DEFAULT (0), "abandonWait9" bigint NOT NULL DEFAULT (0), "abandonWait10" bigint NOT NULL DEFAULT (0), "abandonWait11" bigint NOT NULL DEFAULT (0), "abandonWait12" bigint NOT NULL DEFAULT (0), "surveys" bigint NOT NULL DEFAULT (0), "csatSum" bigint NOT NULL DEFAULT (0), "csatTop2" bigint NOT NULL DEFAULT (0), "npsResponses" bigint NOT NULL DEFAULT (0), "npsPromoters" bigint NOT NULL DEFAULT (0), "npsDetractors" bigint NOT NULL DEFAULT (0), "fcrSurveyAnswers" bigint NOT NULL DEFAULT (0), "fcrSurveyResolved" bigint NOT NULL DEFAULT (0), "fcrDerivedEligible" bigint NOT NULL DEFAULT (0), "fcrDerivedResolved" bigint NOT NULL DEFAULT (0), "fcrEligible" bigint NOT NULL DEFAULT (0), "fcrResolved" bigint NOT NULL DEFAULT (0), PRIMARY KEY ("queueId", "dayStart"))',
    );
    await queryRunner.query(
      'CREATE TABLE "events" ("eventId" varchar(200) PRIMARY KEY NOT NULL, "kind" varchar(24) NOT NULL, "occurredAt" bigint NOT NULL, "receivedAt" bigint NOT NULL, "payload" text NOT NULL)',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_teams" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "siteId" integer NOT NULL, CONSTRAINT "UQ_48c0c32e6247a2de155baeaf980" UNIQUE ("name"), CONSTRAINT "FK_127ab9f1bedcb2294ec21fe23dc" FOREIGN KEY ("siteId") REFERENCES "sites" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_teams"("id", "name", "siteId") SELECT "id", "name", "siteId" FROM "teams"',
    );
    await queryRunner.query('DROP TABLE "teams"');
    await queryRunner.query('ALTER TABLE "temporary_teams" RENAME TO "teams"');
    await queryRunner.query('DROP INDEX "IDX_49c61d9abe4282f87c1593c0d0"');
    await queryRunner.query(
      'CREATE TABLE "temporary_agents" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "agentId" varchar(200) NOT NULL, "name" varchar(200) NOT NULL, "teamId" integer, CONSTRAINT "FK_43f3ea83ede26538d0bed542023" FOREIGN KEY ("teamId") REFERENCES "teams" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_agents"("id", "agentId", "name", "teamId") SELECT "id", "agentId", "name", "teamId" FROM "agents"',
    );
    await queryRunner.query('DROP TABLE "agents"');
    await queryRunner.query('ALTER TABLE "temporary_agents" RENAME TO "agents"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_49c61d9abe4282f87c1593c0d0" ON "agents" ("agentId") ');
    await queryRunner.query('DROP INDEX "IDX_a290d70c28ba7f1c5d2600da84"');
    await queryRunner.query(
      'CREATE TABLE "temporary_queues" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "channel" varchar(16) NOT NULL, "siteId" integer NOT NULL, "slThresholdSeconds" integer NOT NULL, "slTarget" double precision NOT NULL, "slVariant" varchar(32) NOT NULL, "shortAbandonSeconds" integer NOT NULL, "claimSlaHours" integer NOT NULL, "alertMaxDepth" integer, "alertMaxWaitSeconds" integer, CONSTRAINT "FK_45aef8b1cd941163862ccf20bde" FOREIGN KEY ("siteId") REFERENCES "sites" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_queues"("id", "name", "channel", "siteId", "slThresholdSeconds", "slTarget", "slVariant", "shortAbandonSeconds", "claimSlaHours", "alertMaxDepth", "alertMaxWaitSeconds") SELECT "id", "name", "channel", "siteId", "slThresholdSeconds", "slTarget", "slVariant", "shortAbandonSeconds", "claimSlaHours", "alertMaxDepth", "alertMaxWaitSeconds" FROM "queues"',
    );
    await queryRunner.query('DROP TABLE "queues"');
    await queryRunner.query('ALTER TABLE "temporary_queues" RENAME TO "queues"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_a290d70c28ba7f1c5d2600da84" ON "queues" ("name") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_agent_skills" ("agentRef" integer NOT NULL, "queueId" integer NOT NULL, "proficiency" double precision NOT NULL, CONSTRAINT "FK_d4d1ad103fc5ff48f873af443f1" FOREIGN KEY ("agentRef") REFERENCES "agents" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_38a7028aa279722b5c1a4df4988" FOREIGN KEY ("queueId") REFERENCES "queues" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("agentRef", "queueId"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_agent_skills"("agentRef", "queueId", "proficiency") SELECT "agentRef", "queueId", "proficiency" FROM "agent_skills"',
    );
    await queryRunner.query('DROP TABLE "agent_skills"');
    await queryRunner.query('ALTER TABLE "temporary_agent_skills" RENAME TO "agent_skills"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "agent_skills" RENAME TO "temporary_agent_skills"');
    await queryRunner.query(
      'CREATE TABLE "agent_skills" ("agentRef" integer NOT NULL, "queueId" integer NOT NULL, "proficiency" double precision NOT NULL, PRIMARY KEY ("agentRef", "queueId"))',
    );
    await queryRunner.query(
      'INSERT INTO "agent_skills"("agentRef", "queueId", "proficiency") SELECT "agentRef", "queueId", "proficiency" FROM "temporary_agent_skills"',
    );
    await queryRunner.query('DROP TABLE "temporary_agent_skills"');
    await queryRunner.query('DROP INDEX "IDX_a290d70c28ba7f1c5d2600da84"');
    await queryRunner.query('ALTER TABLE "queues" RENAME TO "temporary_queues"');
    await queryRunner.query(
      'CREATE TABLE "queues" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "channel" varchar(16) NOT NULL, "siteId" integer NOT NULL, "slThresholdSeconds" integer NOT NULL, "slTarget" double precision NOT NULL, "slVariant" varchar(32) NOT NULL, "shortAbandonSeconds" integer NOT NULL, "claimSlaHours" integer NOT NULL, "alertMaxDepth" integer, "alertMaxWaitSeconds" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "queues"("id", "name", "channel", "siteId", "slThresholdSeconds", "slTarget", "slVariant", "shortAbandonSeconds", "claimSlaHours", "alertMaxDepth", "alertMaxWaitSeconds") SELECT "id", "name", "channel", "siteId", "slThresholdSeconds", "slTarget", "slVariant", "shortAbandonSeconds", "claimSlaHours", "alertMaxDepth", "alertMaxWaitSeconds" FROM "temporary_queues"',
    );
    await queryRunner.query('DROP TABLE "temporary_queues"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_a290d70c28ba7f1c5d2600da84" ON "queues" ("name") ');
    await queryRunner.query('DROP INDEX "IDX_49c61d9abe4282f87c1593c0d0"');
    await queryRunner.query('ALTER TABLE "agents" RENAME TO "temporary_agents"');
    await queryRunner.query(
      'CREATE TABLE "agents" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "agentId" varchar(200) NOT NULL, "name" varchar(200) NOT NULL, "teamId" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "agents"("id", "agentId", "name", "teamId") SELECT "id", "agentId", "name", "teamId" FROM "temporary_agents"',
    );
    await queryRunner.query('DROP TABLE "temporary_agents"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_49c61d9abe4282f87c1593c0d0" ON "agents" ("agentId") ');
    await queryRunner.query('ALTER TABLE "teams" RENAME TO "temporary_teams"');
    await queryRunner.query(
      'CREATE TABLE "teams" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "siteId" integer NOT NULL, CONSTRAINT "UQ_48c0c32e6247a2de155baeaf980" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'INSERT INTO "teams"("id", "name", "siteId") SELECT "id", "name", "siteId" FROM "temporary_teams"',
    );
    await queryRunner.query('DROP TABLE "temporary_teams"');
    await queryRunner.query('DROP TABLE "events"');
    await queryRunner.query('DROP TABLE "queue_day_stats"');
    await queryRunner.query('DROP TABLE "queue_interval_stats"');
    await queryRunner.query('DROP INDEX "IDX_3a88446c01084bc04977917f93"');
    await queryRunner.query('DROP INDEX "IDX_33e43248d1982e54ed9ddd766f"');
    await queryRunner.query('DROP TABLE "quality_evaluations"');
    await queryRunner.query('DROP INDEX "IDX_61dcd44431e1cbc8abf45a2ddd"');
    await queryRunner.query('DROP INDEX "IDX_94a17e3b288e99ed4aa05d919c"');
    await queryRunner.query('DROP TABLE "contacts"');
    await queryRunner.query('DROP INDEX "IDX_890b461cffb8df255e19713d69"');
    await queryRunner.query('DROP INDEX "IDX_53bb9db769bdbf8430a0f17544"');
    await queryRunner.query('DROP TABLE "claims"');
    await queryRunner.query('DROP TABLE "claim_day_stats"');
    await queryRunner.query('DROP TABLE "agent_day_stats"');
    await queryRunner.query('DROP TABLE "agent_interval_stats"');
    await queryRunner.query('DROP TABLE "agent_last_states"');
    await queryRunner.query('DROP TABLE "agent_states"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "agent_skills"');
    await queryRunner.query('DROP INDEX "IDX_a290d70c28ba7f1c5d2600da84"');
    await queryRunner.query('DROP TABLE "queues"');
    await queryRunner.query('DROP INDEX "IDX_49c61d9abe4282f87c1593c0d0"');
    await queryRunner.query('DROP TABLE "agents"');
    await queryRunner.query('DROP TABLE "teams"');
    await queryRunner.query('DROP TABLE "sites"');
  }
}
