import { graphql } from '../../graphql/generated/index.js';

/*
 * The schedule page's documents. A schedule's coverage is a field of ScheduleModel (normalized by
 * id), so an edit that asks for it updates the chart at once; the edited agents' weeks come back
 * in the same answer.
 */

export const ScheduleListQuery = graphql(`
  query ScheduleList($weekStart: String) {
    schedules(weekStart: $weekStart) {
      id
      weekStart
      status
      createdAt
      publishedAt
      error
      timeLimitSeconds
    }
  }
`);

export const ShiftFields = graphql(`
  fragment ShiftFields on ShiftModel {
    id
    agentId
    templateId
    queue
    startMinute
    endMinute
    paidHours
    breaks {
      kind
      startMinute
      endMinute
      paid
    }
    activities {
      kind
      startMinute
      endMinute
    }
  }
`);

export const CoverageFields = graphql(`
  fragment CoverageFields on ScheduleCoverageModel {
    start
    intervalMinutes
    totals {
      requiredStaffHours
      scheduledStaffHours
      underStaffHours
      overStaffHours
    }
    queues {
      queue
      required
      scheduled
      under
      predictedServiceLevel
      requiredStaffHours
      scheduledStaffHours
      underStaffHours
      unmetIntervals
      problem
    }
  }
`);

export const ScheduleQuery = graphql(`
  query ScheduleDetail($id: ID!) {
    schedule(id: $id) {
      id
      weekStart
      timeZone
      queues
      status
      error
      publishedAt
      figures {
        agents
        shifts
        underCoverageStaffHours
        overCoverageStaffHours
        paidHours
        lowerBoundUnderStaffHours
        unreachableStaffHours
        gapStaffHours
        gapRatio
        seconds
        warnings
      }
      violations {
        rule
        agentId
        message
      }
      coverage {
        ...CoverageFields
      }
      agents {
        agentId
        name
        teamId
        paidHours
        shifts {
          ...ShiftFields
        }
      }
    }
  }
`);

export const ScheduleStatusQuery = graphql(`
  query ScheduleStatus($id: ID!) {
    schedule(id: $id) {
      id
      status
      error
      timeLimitSeconds
      elapsedSeconds
    }
  }
`);

export const GenerateScheduleMutation = graphql(`
  mutation GenerateSchedule($input: GenerateScheduleInput!) {
    generateSchedule(input: $input) {
      id
      weekStart
      status
    }
  }
`);

export const EditShiftMutation = graphql(`
  mutation EditShift($input: EditShiftInput!, $agentIds: [String!]) {
    editShift(input: $input) {
      id
      coverage {
        ...CoverageFields
      }
      agents(agentIds: $agentIds) {
        agentId
        name
        teamId
        paidHours
        shifts {
          ...ShiftFields
        }
      }
    }
  }
`);

export const PublishScheduleMutation = graphql(`
  mutation PublishSchedule($id: ID!) {
    publishSchedule(id: $id) {
      id
      status
      publishedAt
    }
  }
`);

export const MyScheduleQuery = graphql(`
  query MySchedule($weekStart: String) {
    mySchedule(weekStart: $weekStart) {
      scheduleId
      weekStart
      timeZone
      publishedAt
      agent {
        agentId
        name
        paidHours
        shifts {
          ...ShiftFields
        }
      }
    }
  }
`);

export const CancelGenerationMutation = graphql(`
  mutation CancelGeneration($id: ID!) {
    cancelGeneration(id: $id) {
      id
      status
      error
    }
  }
`);

/** The simulation check: RUNNING at first (a background job), polled until READY. */
export const ScheduleSimulationQuery = graphql(`
  query ScheduleSimulation($id: ID!) {
    scheduleSimulation(id: $id) {
      scheduleId
      status
      replications
      confidence
      seconds
      error
      queues {
        queue
        serviceLevel
        low
        high
        weekServiceLevel
        weekLow
        weekHigh
      }
    }
  }
`);

export const TimeOffFields = graphql(`
  fragment TimeOffFields on TimeOffModel {
    id
    agentId
    agentName
    start
    end
    firstDay
    lastDay
    note
    status
    requestedBy
    decidedBy
  }
`);

export const WeekTimeOffQuery = graphql(`
  query WeekTimeOff($from: String!, $to: String!) {
    timeOff(from: $from, to: $to) {
      ...TimeOffFields
    }
    agents {
      agentId
      name
    }
  }
`);

export const MyTimeOffQuery = graphql(`
  query MyTimeOff {
    myTimeOff {
      ...TimeOffFields
    }
  }
`);

export const RequestTimeOffMutation = graphql(`
  mutation RequestTimeOff($input: TimeOffRequestInput!) {
    requestTimeOff(input: $input) {
      ...TimeOffFields
    }
  }
`);

export const DecideTimeOffMutation = graphql(`
  mutation DecideTimeOff($input: DecideTimeOffInput!) {
    decideTimeOff(input: $input) {
      ...TimeOffFields
    }
  }
`);

export const AgentSchedulingQuery = graphql(`
  query AgentScheduling {
    schedulingRules {
      agents {
        agentId
        contractCode
        templateCodes
        fixedDaysOff
        availability {
          day
          fromMinutes
          toMinutes
        }
      }
    }
    agents {
      agentId
      name
    }
  }
`);

export const SaveAgentSchedulingMutation = graphql(`
  mutation SaveAgentScheduling($input: AgentSchedulingInput!) {
    saveAgentScheduling(input: $input) {
      agentId
      contractCode
      templateCodes
      fixedDaysOff
      availability {
        day
        fromMinutes
        toMinutes
      }
    }
  }
`);
