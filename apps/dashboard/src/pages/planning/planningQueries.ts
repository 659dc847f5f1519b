import { graphql } from '../../graphql/generated/index.js';

/*
 * The planning page's documents: one query per panel, so each recomputes on its own (a what-if
 * change asks only for the requirement again). Sentences and formulas come as
 * { key, params, text }: the page renders `key` from its own catalogue (ApiMessage).
 */

export const PlanningMessage = graphql(`
  fragment PlanningMessage on PlanningMessageModel {
    key
    params
    text
  }
`);

/** Queues to choose from (claim desks included: their requirement is per day). */
export const PlanningQueuesQuery = graphql(`
  query PlanningQueues {
    queues {
      id
      name
      channel
      slTarget
      slThresholdSeconds
    }
  }
`);

/**
 * Forecasts of every queue (method chosen and back-test accuracy) and, for the selected queue,
 * the intervals with their prediction interval. `from` in the past forecasts those days from the
 * history before them, so the chart can lay them against the actuals.
 */
export const PlanningForecastQuery = graphql(`
  query PlanningForecast($input: ForecastInput!) {
    planningForecast(input: $input) {
      horizonWeeks
      queues {
        queue
        channel
        method
        requestedMethod
        problem
        from
        start
        timeZone
        intervalMinutes
        intervalCount
        level
        historyIntervals
        volume
        lower
        upper
        ahtSeconds
        backtest {
          method
          wape
          bias
          folds
          intervals
          chosen
        }
      }
    }
  }
`);

/** Contacts offered per 15-minute interval: the actuals the forecast is laid against. */
export const PlanningActualsQuery = graphql(`
  query PlanningActuals($from: String!, $to: String!, $queue: String!) {
    queueMetrics(from: $from, to: $to, granularity: INTERVAL, queues: [$queue]) {
      queues {
        queue
        points {
          periodStart
          metrics {
            offered
          }
        }
      }
    }
  }
`);

/** One day's requirement of one queue, with every interval explained, what-if applied. */
export const PlanningRequirementsQuery = graphql(`
  query PlanningRequirements($input: StaffingRequirementsInput!, $date: String!) {
    staffingRequirements(input: $input) {
      queues {
        queue
        channel
        model
        problem
        intervalMinutes
        timeZone
        start
        patience {
          source
          seconds
          explanation {
            ...PlanningMessage
          }
        }
        inputs {
          targetServiceLevel
          thresholdSeconds
          shrinkage
          maxOccupancy
          targetAsaSeconds
          volumeChange
          ahtChange
          ahtSeconds
        }
        totals {
          volume
          agentHours
          scheduledHours
          peakAgents
          peakStart
        }
        rows(date: $date) {
          label
          start
          volume
          ahtSeconds
          trafficErlangs
          agents
          fractionalAgents
          serviceLevel
          asa
          occupancy
          abandonRate
          scheduledStaff
          scheduledAgents
          shrinkage
          model
          bindingTarget
          explanation {
            ...PlanningMessage
          }
          details {
            ...PlanningMessage
          }
          formula {
            ...PlanningMessage
          }
          erlangC {
            ...PlanningModelFigures
          }
          erlangA {
            ...PlanningModelFigures
          }
        }
      }
    }
  }
`);

export const PlanningModelFigures = graphql(`
  fragment PlanningModelFigures on ModelFigures {
    model
    agents
    fractionalAgents
    serviceLevel
    asa
    occupancy
    probWait
    abandonRate
  }
`);

/** Today's re-forecast: actuals so far re-scale the rest of the day. */
export const PlanningIntradayQuery = graphql(`
  query PlanningIntraday($queue: String!) {
    intradayReforecast(input: { queues: [$queue] }) {
      asOf
      queues {
        queue
        date
        start
        timeZone
        problem
        nowIndex
        intervalCount
        ratio
        actualSoFar
        forecastSoFar
        forecast
        actual
        reforecast
        plannedAgents
        requiredAgents
        explanation {
          ...PlanningMessage
        }
      }
    }
  }
`);

/** The quick single-interval calculator. */
export const PlanningCalculatorQuery = graphql(`
  query PlanningCalculator($input: StaffingCalculatorInput!) {
    staffingCalculator(input: $input) {
      model
      agents
      fractionalAgents
      trafficErlangs
      serviceLevel
      asa
      occupancy
      abandonRate
      scheduledStaff
      scheduledAgents
      patienceSeconds
      explanation {
        ...PlanningMessage
      }
      details {
        ...PlanningMessage
      }
      formula {
        ...PlanningMessage
      }
      erlangC {
        ...PlanningModelFigures
      }
      erlangA {
        ...PlanningModelFigures
      }
    }
  }
`);

/** Saves the forecast a schedule will be built on. */
export const SaveForecastSnapshotMutation = graphql(`
  mutation SaveForecastSnapshot($input: SaveForecastSnapshotInput!) {
    saveForecastSnapshot(input: $input) {
      id
      label
      from
      to
      horizonWeeks
      createdAt
      skipped {
        queue
        problem
      }
    }
  }
`);

/** The latest saved snapshots. */
export const PlanningSnapshotsQuery = graphql(`
  query PlanningSnapshots {
    forecastSnapshots {
      id
      label
      from
      to
      createdAt
    }
  }
`);

/** A saved snapshot against the actuals since: WAPE and signed bias of one queue. */
export const PlanningAccuracyQuery = graphql(`
  query PlanningAccuracy($snapshotId: ID!, $queue: String!) {
    forecastAccuracy(snapshotId: $snapshotId, queues: [$queue]) {
      snapshotId
      label
      actualsUntil
      queues {
        queue
        wape
        bias
        intervals
        summary {
          ...PlanningMessage
        }
      }
    }
  }
`);
