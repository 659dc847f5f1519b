import { graphql } from '../../graphql/generated/index.js';

/** The filters' choices: queues (with channel and target) and teams. */
export const TrendsDirectoryQuery = graphql(`
  query TrendsDirectory {
    queues {
      id
      name
      channel
      slTarget
    }
    teams {
      id
      name
    }
  }
`);

/**
 * Contact metrics of the range and its previous period, per channel or per queue (metrics.md
 * field names). Only the breakdown shown is asked for: the API skips work nobody selects.
 */
export const TrendsContactFigures = graphql(`
  fragment TrendsContactFigures on ContactMetricsModel {
    offered
    answered
    abandoned
    serviceLevel
    asa
    aht
    abandonRate
    csat
    fcr
  }
`);

export const TrendsContactPoint = graphql(`
  fragment TrendsContactPoint on MetricsPoint {
    label
    periodStart
    metrics {
      ...TrendsContactFigures
    }
  }
`);

export const TrendsContactsQuery = graphql(`
  query TrendsContacts(
    $from: String!
    $to: String!
    $granularity: Granularity!
    $queues: [String!]
    $channel: Channel
    $byQueue: Boolean!
  ) {
    queueMetrics(from: $from, to: $to, granularity: $granularity, queues: $queues, channel: $channel) {
      queues @include(if: $byQueue) {
        queue
        channel
        timeZone
        slTarget
        points {
          ...TrendsContactPoint
        }
        previousPoints {
          ...TrendsContactPoint
        }
        total {
          ...TrendsContactFigures
        }
        previousTotal {
          ...TrendsContactFigures
        }
      }
      channels @skip(if: $byQueue) {
        channel
        timeZone
        points {
          ...TrendsContactPoint
        }
        previousPoints {
          ...TrendsContactPoint
        }
        total {
          ...TrendsContactFigures
        }
        previousTotal {
          ...TrendsContactFigures
        }
      }
    }
  }
`);

/**
 * Occupancy and shrinkage per team (all teams, or one team and its agents), for the range and,
 * when comparing, for the previous period (the API gives agent points for one range at a time).
 */
export const TrendsAgentSeries = graphql(`
  fragment TrendsAgentSeries on AgentMetricsSeries {
    id
    name
    timeZone
    points {
      label
      periodStart
      metrics {
        occupancy
        shrinkage
        handled
      }
    }
    total {
      occupancy
      shrinkage
      handled
    }
    previousTotal {
      occupancy
      shrinkage
      handled
    }
  }
`);

export const TrendsAgentsQuery = graphql(`
  query TrendsAgents(
    $from: String!
    $to: String!
    $previousFrom: String!
    $previousTo: String!
    $granularity: Granularity!
    $teamIds: [Int!]
    $compare: Boolean!
  ) {
    current: agentMetrics(from: $from, to: $to, granularity: $granularity, teamIds: $teamIds) {
      teams {
        ...TrendsAgentSeries
      }
      agents {
        ...TrendsAgentSeries
      }
    }
    previous: agentMetrics(
      from: $previousFrom
      to: $previousTo
      granularity: $granularity
      teamIds: $teamIds
    ) @include(if: $compare) {
      teams {
        id
        points {
          label
          periodStart
          metrics {
            occupancy
            shrinkage
            handled
          }
        }
      }
      agents {
        id
        points {
          label
          periodStart
          metrics {
            occupancy
            shrinkage
            handled
          }
        }
      }
    }
  }
`);

/** Claim backlog and settlements within the SLA per claim-desk queue, range and previous period. */
export const TrendsClaimPeriod = graphql(`
  fragment TrendsClaimPeriod on ClaimPeriod {
    label
    periodStart
    backlog
    opened
    settled
    settledWithinSla
    settledWithinSlaRate
  }
`);

export const TrendsClaimsQuery = graphql(`
  query TrendsClaims(
    $from: String!
    $to: String!
    $previousFrom: String!
    $previousTo: String!
    $granularity: Granularity!
    $queues: [String!]
    $compare: Boolean!
  ) {
    current: claimMetrics(from: $from, to: $to, granularity: $granularity, queues: $queues) {
      queues {
        queue
        slaHours
        timeZone
        points {
          ...TrendsClaimPeriod
        }
        total {
          ...TrendsClaimPeriod
        }
        previousTotal {
          ...TrendsClaimPeriod
        }
      }
    }
    previous: claimMetrics(from: $previousFrom, to: $previousTo, granularity: $granularity, queues: $queues)
      @include(if: $compare) {
      queues {
        queue
        points {
          ...TrendsClaimPeriod
        }
      }
    }
  }
`);
