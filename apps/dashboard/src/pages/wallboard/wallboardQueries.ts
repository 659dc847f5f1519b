import { graphql } from '../../graphql/generated/index.js';

/** The live queues of the wallboard's filter: a SNAPSHOT, then CHANGES and HEARTBEATs. */
export const WallboardQueuesFeed = graphql(`
  subscription WallboardQueuesFeed($filter: LiveQueueFilter) {
    liveQueues(filter: $filter) {
      kind
      serverTime
      queues {
        id
        name
        channel
        siteId
        timeZone
        depth
        oldestWaitingSince
        slTarget
        slThresholdSeconds
        alertMaxDepth
        alertMaxWaitSeconds
        activeAlerts
        today {
          offered
          answered
          abandoned
          shortAbandoned
          flowedOut
          answeredWithinThreshold
          serviceLevel
          asa
          abandonRate
        }
        agents {
          available
          onContact
        }
        claims {
          backlog
          oldestOpenSince
          settledInSlaRate
          claimSlaHours
        }
      }
    }
  }
`);

/** Agents' states and queues, so that channel totals count each agent once. */
export const WallboardAgentsFeed = graphql(`
  subscription WallboardAgentsFeed {
    liveAgents {
      kind
      serverTime
      agents {
        id
        state
        queueIds
      }
    }
  }
`);

/** Active alerts of the wallboard's queues. */
export const WallboardAlertsFeed = graphql(`
  subscription WallboardAlertsFeed($filter: LiveAlertFilter) {
    liveAlerts(filter: $filter) {
      kind
      serverTime
      alerts {
        ...LiveAlertFields
      }
    }
  }
`);
