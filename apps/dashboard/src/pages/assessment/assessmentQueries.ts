import { graphql } from '../../graphql/generated/index.js';

/** The sets the caller may choose (the default set first). */
export const AssessmentSetsQuery = graphql(`
  query AssessmentSets {
    assessmentSets {
      id
      name
      editable
      fromMonth
      toMonth
      criteria {
        key
        metric
        channel
        target
        direction
        weight
        scoring
        unit
      }
    }
  }
`);

/** The scorecard of a set over a period of months, with the previous period and frozen months. */
export const AssessmentScorecardQuery = graphql(`
  query AssessmentScorecard($setId: Int, $from: String, $to: String) {
    assessmentScorecard(setId: $setId, from: $from, to: $to) {
      from
      to
      previousFrom
      previousTo
      timeZone
      set {
        id
        name
      }
      total {
        score
        grade
        missing
        scoredWeight
        totalWeight
      }
      previousTotal {
        score
        grade
        missing
      }
      criteria {
        criterion {
          key
          metric
          channel
          target
          direction
          weight
          scoring
          unit
        }
        current {
          actual
          attainment
          points
          status
        }
        previous {
          actual
          attainment
          points
          status
        }
        months {
          month
          differs
          score {
            actual
            attainment
            points
            status
          }
          frozen {
            frozenAt
            target
            score {
              actual
              points
              status
            }
          }
        }
      }
      months {
        month
        frozenAt
        total {
          score
          grade
        }
        frozenTotal {
          score
          grade
        }
      }
    }
  }
`);

/** A criterion's month by queue, team and agent, with records behind it. */
export const AssessmentDrillDownQuery = graphql(`
  query AssessmentDrillDown(
    $setId: Int
    $criterion: String!
    $month: String!
    $queue: String
    $teamId: Int
    $agentId: String
  ) {
    assessmentDrillDown(
      setId: $setId
      criterion: $criterion
      month: $month
      queue: $queue
      teamId: $teamId
      agentId: $agentId
    ) {
      month
      value
      byAgent
      sampleKind
      queues {
        id
        name
        value
        volume
      }
      teams {
        id
        name
        value
        volume
      }
      agents {
        id
        name
        value
        volume
      }
      sample {
        id
        at
        queue
        agentId
        waitSeconds
        outcome
        csat
        nps
        resolved
        score
        evaluator
        hours
        topic
        cycleHours
      }
      agentId
      agentDays {
        date
        scheduledMinutes
        adherentMinutes
        adherence
        loggedInMinutes
        conformance
      }
    }
  }
`);

/**
 * The month's service-level gap in agent-hours split into its causes against the published
 * schedules, per day, and one day interval by interval (agents).
 */
export const ServiceLevelGapQuery = graphql(`
  query ServiceLevelGap($month: String!, $date: String) {
    serviceLevelGap(month: $month, date: $date) {
      month
      date
      gapHours
      forecastErrorHours
      scheduleFitHours
      shrinkageAbovePlanHours
      adherenceLossHours
      withoutScheduleHours
      plannedShrinkage
      actualShrinkage
      shortfallIntervals
      unscheduledShortfallIntervals
      intervals
      hasForecast
      hasSchedule
      days {
        date
        hasSchedule
        gapHours
        forecastErrorHours
        scheduleFitHours
        shrinkageAbovePlanHours
        adherenceLossHours
        withoutScheduleHours
        shortfallIntervals
      }
      dayIntervals {
        start
        time
        hasSchedule
        requiredActual
        requiredForecast
        scheduled
        delivered
        gap
        forecastError
        scheduleFit
        shrinkageAbovePlan
        adherenceLoss
        withoutSchedule
      }
    }
  }
`);

export const SaveAssessmentSetMutation = graphql(`
  mutation SaveAssessmentSet($input: SaveAssessmentSetInput!) {
    saveAssessmentSet(input: $input) {
      id
      name
    }
  }
`);

export const AssessmentRecordsQuery = graphql(`
  query AssessmentRecords {
    qualityEvaluations(limit: 50) {
      eventId
      at
      agentId
      contactId
      score
      evaluator
      form
      criteria {
        name
        score
      }
    }
    trainingSessions(limit: 50) {
      eventId
      at
      agentId
      hours
      topic
    }
    agents {
      agentId
      name
    }
  }
`);

export const RecordQualityEvaluationMutation = graphql(`
  mutation RecordQualityEvaluation($input: QualityEvaluationInput!) {
    recordQualityEvaluation(input: $input) {
      eventId
      score
    }
  }
`);

export const RecordTrainingSessionMutation = graphql(`
  mutation RecordTrainingSession($input: TrainingSessionInput!) {
    recordTrainingSession(input: $input) {
      eventId
      hours
    }
  }
`);
