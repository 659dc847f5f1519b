import { graphql } from '../graphql/generated/index.js';

/** The fields of an alert that an AlertLine shows (wallboard, operations page). */
export const LiveAlertFields = graphql(`
  fragment LiveAlertFields on Alert {
    id
    active
    rule
    queue
    queueId
    agentName
    agentState
    raisedAt
    clearedAt
    value
    threshold
  }
`);
