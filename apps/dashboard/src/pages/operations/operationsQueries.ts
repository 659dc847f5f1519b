import { graphql } from '../../graphql/generated/index.js';

/** The queues to choose from, and the teams for the agents table. */
export const OperationsDirectory = graphql(`
  query OperationsDirectory {
    queues {
      id
      name
      channel
      siteId
      slTarget
    }
    teams {
      id
      name
    }
  }
`);

/** Today by 15-minute interval, per queue and per channel (metrics.md field names). */
export const OperationsIntervals = graphql(`
  query OperationsIntervals($day: String!, $queues: [String!]) {
    queueMetrics(from: $day, to: $day, granularity: INTERVAL, queues: $queues) {
      queues {
        queue
        channel
        slTarget
        points {
          periodStart
          metrics {
            offered
            serviceLevel
            asa
            abandonRate
            csat
            surveys
          }
        }
      }
      channels {
        channel
        points {
          periodStart
          metrics {
            offered
            serviceLevel
            asa
            abandonRate
            csat
            surveys
          }
        }
      }
    }
  }
`);

/** Today's forecast per interval (the forecast line of the offered chart). */
export const OperationsForecast = graphql(`
  query OperationsForecast($queues: [String!]) {
    intradayReforecast(input: { queues: $queues }) {
      queues {
        queue
        start
        forecast
        reforecast
        nowIndex
        problem
      }
    }
  }
`);

/** Agents needed against agents scheduled (published schedule) and available, per queue, over the next 2 hours. */
export const OperationsStaffingGap = graphql(`
  query OperationsStaffingGap($queues: [String!]) {
    staffingGap(input: { hours: 2, queues: $queues }) {
      schedulesExist
      queues {
        queue
        channel
        problem
        worstGap
        intervals {
          start
          label
          required
          scheduled
          available
          gap
        }
      }
    }
  }
`);

/** Today's alerts, newest first (active and cleared). */
export const OperationsAlertHistory = graphql(`
  query OperationsAlertHistory($from: String!, $queueIds: [ID!]) {
    alerts(from: $from, queueIds: $queueIds, limit: 100) {
      ...LiveAlertFields
    }
  }
`);

/** Today so far and now, per queue, live. */
export const OperationsQueuesFeed = graphql(`
  subscription OperationsQueuesFeed($filter: LiveQueueFilter) {
    liveQueues(filter: $filter) {
      kind
      serverTime
      queues {
        id
        name
        channel
        depth
        oldestWaitingSince
        timeZone
        today {
          offered
          answered
          abandoned
          shortAbandoned
          flowedOut
          answeredWithinThreshold
          asa
          surveys
          csat
        }
      }
    }
  }
`);

/** Every agent now, live: state, since when, the contact they are on. */
export const OperationsAgentsFeed = graphql(`
  subscription OperationsAgentsFeed($teamId: Int) {
    liveAgents(teamId: $teamId) {
      kind
      serverTime
      agents {
        id
        agentId
        name
        teamId
        queueIds
        state
        reason
        since
        activeAlert
        currentContact {
          queue
          answeredAt
        }
        adherence {
          scheduledActivity
          inAdherence
          outOfAdherenceSince
        }
      }
    }
  }
`);

/** Active alerts, live (raised and cleared as they happen). */
export const OperationsAlertsFeed = graphql(`
  subscription OperationsAlertsFeed($filter: LiveAlertFilter) {
    liveAlerts(filter: $filter) {
      kind
      serverTime
      alerts {
        ...LiveAlertFields
      }
    }
  }
`);
