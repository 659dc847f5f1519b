import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795565546283 implements MigrationInterface {
  name = 'InitialSchema1795565546283';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "sites" ("id" SERIAL NOT NULL, "name" character varying(200) NOT NULL, "timeZone" character varying(64) NOT NULL, CONSTRAINT "UQ_7a7dbd4513de54a315d97e1a7de" UNIQUE ("name"), CONSTRAINT "PK_4f5eccb1dfde10c9170502595a7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "teams" ("id" SERIAL NOT NULL, "name" character varying(200) NOT NULL, "siteId" integer NOT NULL, CONSTRAINT "UQ_48c0c32e6247a2de155baeaf980" UNIQUE ("name"), CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agents" ("id" SERIAL NOT NULL, "agentId" character varying(200) NOT NULL, "name" character varying(200) NOT NULL, "teamId" integer, CONSTRAINT "PK_9c653f28ae19c5884d5baf6a1d9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_49c61d9abe4282f87c1593c0d0" ON "agents"  ("agentId") ');
    await queryRunner.query(
      'CREATE TABLE "queues" ("id" SERIAL NOT NULL, "name" character varying(200) NOT NULL, "channel" character varying(16) NOT NULL, "siteId" integer NOT NULL, "slThresholdSeconds" integer NOT NULL, "slTarget" double precision NOT NULL, "slVariant" character varying(32) NOT NULL, "shortAbandonSeconds" integer NOT NULL, "claimSlaHours" integer NOT NULL, "alertMaxDepth" integer, "alertMaxWaitSeconds" integer, CONSTRAINT "PK_d966f9eb39a9396658387071bb3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_a290d70c28ba7f1c5d2600da84" ON "queues"  ("name") ');
    await queryRunner.query(
      'CREATE TABLE "agent_skills" ("agentRef" integer NOT NULL, "queueId" integer NOT NULL, "proficiency" double precision NOT NULL, CONSTRAINT "PK_1acaa836e0234e86ff2cc7f9d8f" PRIMARY KEY ("agentRef", "queueId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" SERIAL NOT NULL, "username" character varying(100) NOT NULL, "displayName" character varying(200) NOT NULL, "role" character varying(16) NOT NULL, "agentId" character varying(200), "passwordHash" text, CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agent_states" ("agentId" character varying(200) NOT NULL, "at" bigint NOT NULL, "eventId" character varying(200) NOT NULL, "state" character varying(24) NOT NULL, "reason" character varying(200), CONSTRAINT "PK_11907ec9ec6ff53f0a909ceb82d" PRIMARY KEY ("agentId", "at", "eventId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agent_last_states" ("agentId" character varying(200) NOT NULL, "at" bigint NOT NULL, "eventId" character varying(200) NOT NULL, "state" character varying(24) NOT NULL, "reason" character varying(200), CONSTRAINT "PK_f9557fa520dcc559b309896f7a6" PRIMARY KEY ("agentId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agent_interval_stats" ("agentId" character varying(200) NOT NULL, "intervalStart" bigint NOT NULL, "secondsAvailable" double precision NOT NULL DEFAULT \'0\', "secondsOnContact" double precision NOT NULL DEFAULT \'0\', "secondsAfterContactWork" double precision NOT NULL DEFAULT \'0\', "secondsBreak" double precision NOT NULL DEFAULT \'0\', "secondsMeal" double precision NOT NULL DEFAULT \'0\', "secondsTraining" double precision NOT NULL DEFAULT \'0\', "secondsMeeting" double precision NOT NULL DEFAULT \'0\', "secondsOther" double precision NOT NULL DEFAULT \'0\', "handled" double precision NOT NULL DEFAULT \'0\', "handleSeconds" double precision NOT NULL DEFAULT \'0\', "qaEvaluations" double precision NOT NULL DEFAULT \'0\', "qaScoreSum" double precision NOT NULL DEFAULT \'0\', "qaPassed" double precision NOT NULL DEFAULT \'0\', "trainingHours" double precision NOT NULL DEFAULT \'0\', CONSTRAINT "PK_a599becab6e31a9b46d9ae96cd1" PRIMARY KEY ("agentId", "intervalStart"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agent_day_stats" ("agentId" character varying(200) NOT NULL, "dayStart" bigint NOT NULL, "secondsAvailable" double precision NOT NULL DEFAULT \'0\', "secondsOnContact" double precision NOT NULL DEFAULT \'0\', "secondsAfterContactWork" double precision NOT NULL DEFAULT \'0\', "secondsBreak" double precision NOT NULL DEFAULT \'0\', "secondsMeal" double precision NOT NULL DEFAULT \'0\', "secondsTraining" double precision NOT NULL DEFAULT \'0\', "secondsMeeting" double precision NOT NULL DEFAULT \'0\', "secondsOther" double precision NOT NULL DEFAULT \'0\', "handled" double precision NOT NULL DEFAULT \'0\', "handleSeconds" double precision NOT NULL DEFAULT \'0\', "qaEvaluations" double precision NOT NULL DEFAULT \'0\', "qaScoreSum" double precision NOT NULL DEFAULT \'0\', "qaPassed" double precision NOT NULL DEFAULT \'0\', "trainingHours" double precision NOT NULL DEFAULT \'0\', CONSTRAINT "PK_5f20427dd709e8a00e813862805" PRIMARY KEY ("agentId", "dayStart"))',
    );
    await queryRunner.query(
      'CREATE TABLE "claim_day_stats" ("queueId" integer NOT NULL, "dayStart" bigint NOT NULL, "opened" bigint NOT NULL DEFAULT \'0\', "reopened" bigint NOT NULL DEFAULT \'0\', "settleEvents" bigint NOT NULL DEFAULT \'0\', "rejectEvents" bigint NOT NULL DEFAULT \'0\', "settled" bigint NOT NULL DEFAULT \'0\', "settledWithinSla" bigint NOT NULL DEFAULT \'0\', "sumCycleMs" bigint NOT NULL DEFAULT \'0\', "rejected" bigint NOT NULL DEFAULT \'0\', CONSTRAINT "PK_b97a49802501bcf47af56c576dc" PRIMARY KEY ("queueId", "dayStart"))',
    );
    await queryRunner.query(
      'CREATE TABLE "claims" ("claimId" character varying(200) NOT NULL, "queueId" integer NOT NULL, "events" text NOT NULL, "openedAt" bigint, "settledAt" bigint, "rejectedAt" bigint, "reopenedAt" bigint, "reopenedCount" integer NOT NULL DEFAULT \'0\', "closedAt" bigint, "agentId" character varying(200), "amount" double precision, CONSTRAINT "PK_ba43a8d1626b25c2d702196730d" PRIMARY KEY ("claimId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_53bb9db769bdbf8430a0f17544" ON "claims"  ("queueId", "openedAt") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_890b461cffb8df255e19713d69" ON "claims"  ("queueId", "settledAt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "contacts" ("contactId" character varying(200) NOT NULL, "queueId" integer, "customerId" character varying(200), "offeredAt" bigint, "offeredEventId" character varying(200), "answeredAt" bigint, "abandonedAt" bigint, "flowedOutAt" bigint, "completedAt" bigint, "completedEventId" character varying(200), "answeredAgentId" character varying(200), "completedAgentId" character varying(200), "talkSeconds" double precision, "holdSeconds" double precision, "acwSeconds" double precision, "transfers" integer NOT NULL DEFAULT \'0\', "repeatWithin7Days" integer, "surveyAt" bigint, "surveyEventId" character varying(200), "csat" integer, "nps" integer, "resolved" integer, "appliedThresholdSeconds" integer, "appliedShortAbandonSeconds" integer, CONSTRAINT "PK_2f2eeb268dcaf6e7f1c2176949f" PRIMARY KEY ("contactId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_94a17e3b288e99ed4aa05d919c" ON "contacts"  ("queueId", "offeredAt") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_61dcd44431e1cbc8abf45a2ddd" ON "contacts"  ("customerId", "offeredAt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "quality_evaluations" ("eventId" character varying(200) NOT NULL, "contactId" character varying(200), "agentId" character varying(200), "attributedAgentId" character varying(200), "at" bigint NOT NULL, "score" double precision NOT NULL, "evaluator" character varying(200) NOT NULL, "form" character varying(200), "criteria" text, CONSTRAINT "PK_60a158af2b1cd795085a52b265d" PRIMARY KEY ("eventId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_33e43248d1982e54ed9ddd766f" ON "quality_evaluations"  ("contactId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3a88446c01084bc04977917f93" ON "quality_evaluations"  ("attributedAgentId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "queue_interval_stats" ("queueId" integer NOT NULL, "intervalStart" bigint NOT NULL, "maxWait" bigint NOT NULL DEFAULT \'0\', "offered" bigint NOT NULL DEFAULT \'0\', "answered" bigint NOT NULL DEFAULT \'0\', "answeredWithinThreshold" bigint NOT NULL DEFAULT \'0\', "abandoned" bigint NOT NULL DEFAULT \'0\', "abandonedShort" bigint NOT NULL DEFAULT \'0\', "abandonedWithinThreshold" bigint NOT NULL DEFAULT \'0\', "flowedOut" bigint NOT NULL DEFAULT \'0\', "transfers" bigint NOT NULL DEFAULT \'0\', "handled" bigint NOT NULL DEFAULT \'0\', "sumAnswerWait" bigint NOT NULL DEFAULT \'0\', "sumAbandonWait" bigint NOT NULL DEFAULT \'0\', "sumTalk" bigint NOT NULL DEFAULT \'0\', "sumHold" bigint NOT NULL DEFAULT \'0\', "sumAcw" bigint NOT NULL DEFAULT \'0\', "answerWait0" bigint NOT NULL DEFAULT \'0\', "answerWait1" bigint NOT NULL DEFAULT \'0\', "answerWait2" bigint NOT NULL DEFAULT \'0\', "answerWait3" bigint NOT NULL DEFAULT \'0\', "answerWait4" bigint NOT NULL DEFAULT \'0\', "answerWait5" bigint NOT NULL DEFAULT \'0\', "answerWait6" bigint NOT NULL DEFAULT \'0\', "answerWait7" bigint NOT NULL DEFAULT \'0\', "answerWait8" bigint NOT NULL DEFAULT \'0\', "answerWait9" bigint NOT NULL DEFAULT \'0\', "answerWait10" bigint NOT NULL DEFAULT \'0\', "answerWait11" bigint NOT NULL DEFAULT \'0\', "answerWait12" bigint NOT NULL DEFAULT \'0\', "abandonWait0" bigint NOT NULL DEFAULT \'0\', "abandonWait1" bigint NOT NULL DEFAULT \'0\', "abandonWait2" bigint NOT NULL DEFAULT \'0\', "abandonWait3" bigint NOT NULL DEFAULT \'0\', "abandonWait4" bigint NOT NULL DEFAULT \'0\', "abandonWait5" bigint NOT NULL DEFAULT \'0\', "abandonWait6" bigint NOT NULL DEFAULT \'0\', "abandonWait7" bigint NOT NULL DEFAULT \'0\', "abandonWait8" bigint NOT NULL DEFAULT \'0\', "abandonWait9" bigint NOT NULL DEFAULT \'0\', "abandonWait10" bigint NOT NULL DEFAULT \'0\', "abandonWait11" bigint NOT NULL DEFAULT \'0\', "abandonWait12" bigint NOT NULL DEFAULT \'0\', "surveys" bigint NOT NULL DEFAULT \'0\', "csatSum" bigint NOT NULL DEFAULT \'0\', "csatTop2" bigint NOT NULL DEFAULT \'0\', "npsResponses" bigint NOT NULL DEFAULT \'0\', "npsPromoters" bigint NOT NULL DEFAULT \'0\', "npsDetractors" bigint NOT NULL DEFAULT \'0\', "fcrSurveyAnswers" bigint NOT NULL DEFAULT \'0\', "fcrSurveyResolved" bigint NOT NULL DEFAULT \'0\', "fcrDerivedEligible" bigint NOT NULL DEFAULT \'0\', "fcrDerivedResolved" bigint NOT NULL DEFAULT \'0\', "fcrEligible" bigint NOT NULL DEFAULT \'0\', "fcrResolved" bigint NOT NULL DEFAULT \'0\', CONSTRAINT "PK_572e117163a9d1f41ad69e1d51e" PRIMARY KEY ("queueId", "intervalStart"))',
    );
    await queryRunner.query(
      'CREATE TABLE "queue_day_stats" ("queueId" integer NOT NULL, "dayStart" bigint NOT NULL, "maxWait" bigint NOT NULL DEFAULT \'0\', "offered" bigint NOT NULL DEFAULT \'0\', "answered" bigint NOT NULL DEFAULT \'0\', "answeredWithinThreshold" bigint NOT NULL DEFAULT \'0\', "abandoned" bigint NOT NULL DEFAULT \'0\', "abandonedShort" bigint NOT NULL DEFAULT \'0\', "abandonedWithinThreshold" bigint NOT NULL DEFAULT \'0\', "flowedOut" bigint NOT NULL DEFAULT \'0\', "transfers" bigint NOT NULL DEFAULT \'0\', "handled" bigint NOT NULL DEFAULT \'0\', "sumAnswerWait" bigint NOT NULL DEFAULT \'0\', "sumAbandonWait" bigint NOT NULL DEFAULT \'0\', "sumTalk" bigint NOT NULL DEFAULT \'0\', "sumHold" bigint NOT NULL DEFAULT \'0\', "sumAcw" bigint NOT NULL DEFAULT \'0\', "answerWait0" bigint NOT NULL DEFAULT \'0\', "answerWait1" bigint NOT NULL DEFAULT \'0\', "answerWait2" bigint NOT NULL DEFAULT \'0\', "answerWait3" bigint NOT NULL DEFAULT \'0\', "answerWait4" bigint NOT NULL DEFAULT \'0\', "answerWait5" bigint NOT NULL DEFAULT \'0\', "answerWait6" bigint NOT NULL DEFAULT \'0\', "answerWait7" bigint NOT NULL DEFAULT \'0\', "answerWait8" bigint NOT NULL DEFAULT \'0\', "answerWait9" bigint NOT NULL DEFAULT \'0\', "answerWait10" bigint NOT NULL DEFAULT \'0\', "answerWait11" bigint NOT NULL DEFAULT \'0\', "answerWait12" bigint NOT NULL DEFAULT \'0\', "abandonWait0" bigint NOT NULL DEFAULT \'0\', "abandonWait1" bigint NOT NULL DEFAULT \'0\', "abandonWait2" bigint NOT NULL DEFAULT \'0\', "abandonWait3" bigint NOT NULL DEFAULT \'0\', "abandonWait4" bigint NOT NULL DEFAULT \'0\', "abandonWait5" bigint NOT NULL DEFAULT \'0\', "abandonWait6" bigint NOT NULL DEFAULT \'0\', "abandonWait7" bigint NOT NULL DEFAULT \'0\', "abandonWait8" bigint NOT NULL DEFAULT \'0\', "abandonWait9" bigint NOT NULL DEFAULT \'0\', "abandonWait10" bigint NOT NULL DEFAULT \'0\', "abandonWait11" bigint NOT NULL DEFAULT \'0\', "abandonWait12" bigint NOT NULL DEFAULT \'0\', "surveys" bigint NOT NULL DEFAULT \'0\', "csatSum" bigint NOT NULL DEFAULT \'0\', "csatTop2" bigint NOT NULL DEFAULT \'0\', "npsResponses" bigint NOT NULL DEFAULT \'0\', "npsPromoters" bigint NOT NULL DEFAULT \'0\', "npsDetractors" bigint NOT NULL DEFAULT \'0\', "fcrSurveyAnswers" bigint NOT NULL DEFAULT \'0\', "fcrSurveyResolved" bigint NOT NULL DEFAULT \'0\', "fcrDerivedEligible" bigint NOT NULL DEFAULT \'0\', "fcrDerivedResolved" bigint NOT NULL DEFAULT \'0\', "fcrEligible" bigint NOT NULL DEFAULT \'0\', "fcrResolved" bigint NOT NULL DEFAULT \'0\', CONSTRAINT "PK_58369e6febc56d464e258aaf2d2" PRIMARY KEY ("queueId", "dayStart"))',
    );
    await queryRunner.query(
      'CREATE TABLE "events" ("eventId" character varying(200) NOT NULL, "kind" character varying(24) NOT NULL, "occurredAt" bigint NOT NULL, "receivedAt" bigint NOT NULL, "payload" text NOT NULL, CONSTRAINT "PK_7314b1631c199d4b49d1bcb98fd" PRIMARY KEY ("eventId"))',
    );
    await queryRunner.query(
      'ALTER TABLE "teams" ADD CONSTRAINT "FK_127ab9f1bedcb2294ec21fe23dc" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agents" ADD CONSTRAINT "FK_43f3ea83ede26538d0bed542023" FOREIGN KEY ("teamId") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "queues" ADD CONSTRAINT "FK_45aef8b1cd941163862ccf20bde" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agent_skills" ADD CONSTRAINT "FK_d4d1ad103fc5ff48f873af443f1" FOREIGN KEY ("agentRef") REFERENCES "agents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agent_skills" ADD CONSTRAINT "FK_38a7028aa279722b5c1a4df4988" FOREIGN KEY ("queueId") REFERENCES "queues"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "agent_skills" DROP CONSTRAINT "FK_38a7028aa279722b5c1a4df4988"');
    await queryRunner.query('ALTER TABLE "agent_skills" DROP CONSTRAINT "FK_d4d1ad103fc5ff48f873af443f1"');
    await queryRunner.query('ALTER TABLE "queues" DROP CONSTRAINT "FK_45aef8b1cd941163862ccf20bde"');
    await queryRunner.query('ALTER TABLE "agents" DROP CONSTRAINT "FK_43f3ea83ede26538d0bed542023"');
    await queryRunner.query('ALTER TABLE "teams" DROP CONSTRAINT "FK_127ab9f1bedcb2294ec21fe23dc"');
    await queryRunner.query('DROP TABLE "events"');
    await queryRunner.query('DROP TABLE "queue_day_stats"');
    await queryRunner.query('DROP TABLE "queue_interval_stats"');
    await queryRunner.query('DROP INDEX "public"."IDX_3a88446c01084bc04977917f93"');
    await queryRunner.query('DROP INDEX "public"."IDX_33e43248d1982e54ed9ddd766f"');
    await queryRunner.query('DROP TABLE "quality_evaluations"');
    await queryRunner.query('DROP INDEX "public"."IDX_61dcd44431e1cbc8abf45a2ddd"');
    await queryRunner.query('DROP INDEX "public"."IDX_94a17e3b288e99ed4aa05d919c"');
    await queryRunner.query('DROP TABLE "contacts"');
    await queryRunner.query('DROP INDEX "public"."IDX_890b461cffb8df255e19713d69"');
    await queryRunner.query('DROP INDEX "public"."IDX_53bb9db769bdbf8430a0f17544"');
    await queryRunner.query('DROP TABLE "claims"');
    await queryRunner.query('DROP TABLE "claim_day_stats"');
    await queryRunner.query('DROP TABLE "agent_day_stats"');
    await queryRunner.query('DROP TABLE "agent_interval_stats"');
    await queryRunner.query('DROP TABLE "agent_last_states"');
    await queryRunner.query('DROP TABLE "agent_states"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "agent_skills"');
    await queryRunner.query('DROP INDEX "public"."IDX_a290d70c28ba7f1c5d2600da84"');
    await queryRunner.query('DROP TABLE "queues"');
    await queryRunner.query('DROP INDEX "public"."IDX_49c61d9abe4282f87c1593c0d0"');
    await queryRunner.query('DROP TABLE "agents"');
    await queryRunner.query('DROP TABLE "teams"');
    await queryRunner.query('DROP TABLE "sites"');
  }
}
