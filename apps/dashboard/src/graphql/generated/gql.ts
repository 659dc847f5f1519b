/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AccessAdmin {\n    kioskTokens { id name hint createdAt createdBy lastUsedAt revokedAt }\n    apiKeys { id name hint createdAt createdBy lastUsedAt revokedAt }\n    users { id username displayName hasPassword }\n  }\n": typeof types.AccessAdminDocument,
    "\n  mutation AccessCreateKioskToken($name: String!) { created: createKioskToken(name: $name) { secret credential { id name hint createdAt createdBy lastUsedAt revokedAt } } }\n": typeof types.AccessCreateKioskTokenDocument,
    "\n  mutation AccessCreateApiKey($name: String!) { created: createApiKey(name: $name) { secret credential { id name hint createdAt createdBy lastUsedAt revokedAt } } }\n": typeof types.AccessCreateApiKeyDocument,
    "\n  mutation AccessRevokeKioskToken($id: ID!) { revokeKioskToken(id: $id) { id revokedAt } }\n": typeof types.AccessRevokeKioskTokenDocument,
    "\n  mutation AccessRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n": typeof types.AccessRevokeApiKeyDocument,
    "\n  mutation AccessSetUserPassword($userId: ID!, $password: String!) { setUserPassword(userId: $userId, password: $password) { id hasPassword } }\n": typeof types.AccessSetUserPasswordDocument,
    "\n  fragment AdminAgentFields on Agent {\n    id\n    agentId\n    name\n    teamId\n    skills {\n      queueId\n      queueName\n      proficiency\n    }\n  }\n": typeof types.AdminAgentFieldsFragmentDoc,
    "\n  query AdminAgents {\n    agents {\n      ...AdminAgentFields\n    }\n    teams {\n      id\n      name\n    }\n    queues {\n      id\n      name\n    }\n  }\n": typeof types.AdminAgentsDocument,
    "\n  mutation AdminCreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      ...AdminAgentFields\n    }\n  }\n": typeof types.AdminCreateAgentDocument,
    "\n  mutation AdminUpdateAgent($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AdminAgentFields\n    }\n  }\n": typeof types.AdminUpdateAgentDocument,
    "\n  fragment AdminQueueFields on Queue {\n    id\n    name\n    channel\n    siteId\n    slThresholdSeconds\n    slTarget\n    slVariant\n    shortAbandonSeconds\n    claimSlaHours\n    alertMaxDepth\n    alertMaxWaitSeconds\n  }\n": typeof types.AdminQueueFieldsFragmentDoc,
    "\n  query AdminQueues {\n    queues {\n      ...AdminQueueFields\n    }\n    sites {\n      id\n      name\n    }\n  }\n": typeof types.AdminQueuesDocument,
    "\n  mutation AdminCreateQueue($input: CreateQueueInput!) {\n    createQueue(input: $input) {\n      ...AdminQueueFields\n    }\n  }\n": typeof types.AdminCreateQueueDocument,
    "\n  mutation AdminUpdateQueue($id: ID!, $input: UpdateQueueInput!) {\n    updateQueue(id: $id, input: $input) {\n      ...AdminQueueFields\n    }\n  }\n": typeof types.AdminUpdateQueueDocument,
    "\n  query AdminSites {\n    sites {\n      id\n      name\n      timeZone\n    }\n  }\n": typeof types.AdminSitesDocument,
    "\n  mutation AdminCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      name\n      timeZone\n    }\n  }\n": typeof types.AdminCreateSiteDocument,
    "\n  mutation AdminUpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      id\n      name\n      timeZone\n    }\n  }\n": typeof types.AdminUpdateSiteDocument,
    "\n  query AdminTeams {\n    teams {\n      id\n      name\n      siteId\n    }\n    sites {\n      id\n      name\n    }\n  }\n": typeof types.AdminTeamsDocument,
    "\n  mutation AdminCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      siteId\n    }\n  }\n": typeof types.AdminCreateTeamDocument,
    "\n  mutation AdminUpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      siteId\n    }\n  }\n": typeof types.AdminUpdateTeamDocument,
    "\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      agentId\n    }\n    agents {\n      id\n      agentId\n      name\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      agentId\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      username\n      displayName\n      role\n      agentId\n    }\n  }\n": typeof types.AdminUpdateUserDocument,
    "\n  query OperationsDirectory {\n    queues {\n      id\n    }\n    agents {\n      id\n    }\n  }\n": typeof types.OperationsDirectoryDocument,
    "\n  query TrendsDirectory {\n    queues {\n      id\n      name\n      channel\n      slTarget\n    }\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.TrendsDirectoryDocument,
    "\n  fragment TrendsContactFigures on ContactMetricsModel {\n    offered\n    answered\n    abandoned\n    serviceLevel\n    asa\n    aht\n    abandonRate\n    csat\n    fcr\n  }\n": typeof types.TrendsContactFiguresFragmentDoc,
    "\n  fragment TrendsContactPoint on MetricsPoint {\n    label\n    periodStart\n    metrics {\n      ...TrendsContactFigures\n    }\n  }\n": typeof types.TrendsContactPointFragmentDoc,
    "\n  query TrendsContacts(\n    $from: String!\n    $to: String!\n    $granularity: Granularity!\n    $queues: [String!]\n    $channel: Channel\n    $byQueue: Boolean!\n  ) {\n    queueMetrics(from: $from, to: $to, granularity: $granularity, queues: $queues, channel: $channel) {\n      queues @include(if: $byQueue) {\n        queue\n        channel\n        timeZone\n        slTarget\n        points {\n          ...TrendsContactPoint\n        }\n        previousPoints {\n          ...TrendsContactPoint\n        }\n        total {\n          ...TrendsContactFigures\n        }\n        previousTotal {\n          ...TrendsContactFigures\n        }\n      }\n      channels @skip(if: $byQueue) {\n        channel\n        timeZone\n        points {\n          ...TrendsContactPoint\n        }\n        previousPoints {\n          ...TrendsContactPoint\n        }\n        total {\n          ...TrendsContactFigures\n        }\n        previousTotal {\n          ...TrendsContactFigures\n        }\n      }\n    }\n  }\n": typeof types.TrendsContactsDocument,
    "\n  fragment TrendsAgentSeries on AgentMetricsSeries {\n    id\n    name\n    timeZone\n    points {\n      label\n      periodStart\n      metrics {\n        occupancy\n        shrinkage\n        handled\n      }\n    }\n    total {\n      occupancy\n      shrinkage\n      handled\n    }\n    previousTotal {\n      occupancy\n      shrinkage\n      handled\n    }\n  }\n": typeof types.TrendsAgentSeriesFragmentDoc,
    "\n  query TrendsAgents(\n    $from: String!\n    $to: String!\n    $previousFrom: String!\n    $previousTo: String!\n    $granularity: Granularity!\n    $teamIds: [Int!]\n    $compare: Boolean!\n  ) {\n    current: agentMetrics(from: $from, to: $to, granularity: $granularity, teamIds: $teamIds) {\n      teams {\n        ...TrendsAgentSeries\n      }\n      agents {\n        ...TrendsAgentSeries\n      }\n    }\n    previous: agentMetrics(\n      from: $previousFrom\n      to: $previousTo\n      granularity: $granularity\n      teamIds: $teamIds\n    ) @include(if: $compare) {\n      teams {\n        id\n        points {\n          label\n          periodStart\n          metrics {\n            occupancy\n            shrinkage\n            handled\n          }\n        }\n      }\n      agents {\n        id\n        points {\n          label\n          periodStart\n          metrics {\n            occupancy\n            shrinkage\n            handled\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrendsAgentsDocument,
    "\n  fragment TrendsClaimPeriod on ClaimPeriod {\n    label\n    periodStart\n    backlog\n    opened\n    settled\n    settledWithinSla\n    settledWithinSlaRate\n  }\n": typeof types.TrendsClaimPeriodFragmentDoc,
    "\n  query TrendsClaims(\n    $from: String!\n    $to: String!\n    $previousFrom: String!\n    $previousTo: String!\n    $granularity: Granularity!\n    $queues: [String!]\n    $compare: Boolean!\n  ) {\n    current: claimMetrics(from: $from, to: $to, granularity: $granularity, queues: $queues) {\n      queues {\n        queue\n        slaHours\n        timeZone\n        points {\n          ...TrendsClaimPeriod\n        }\n        total {\n          ...TrendsClaimPeriod\n        }\n        previousTotal {\n          ...TrendsClaimPeriod\n        }\n      }\n    }\n    previous: claimMetrics(from: $previousFrom, to: $previousTo, granularity: $granularity, queues: $queues)\n      @include(if: $compare) {\n      queues {\n        queue\n        points {\n          ...TrendsClaimPeriod\n        }\n      }\n    }\n  }\n": typeof types.TrendsClaimsDocument,
    "\n  query WallboardQueues {\n    queues {\n      id\n      name\n      channel\n      slTarget\n      slThresholdSeconds\n      claimSlaHours\n      siteId\n    }\n  }\n": typeof types.WallboardQueuesDocument,
    "\n  query ShellSites {\n    sites {\n      id\n      name\n      timeZone\n    }\n  }\n": typeof types.ShellSitesDocument,
};
const documents: Documents = {
    "\n  query AccessAdmin {\n    kioskTokens { id name hint createdAt createdBy lastUsedAt revokedAt }\n    apiKeys { id name hint createdAt createdBy lastUsedAt revokedAt }\n    users { id username displayName hasPassword }\n  }\n": types.AccessAdminDocument,
    "\n  mutation AccessCreateKioskToken($name: String!) { created: createKioskToken(name: $name) { secret credential { id name hint createdAt createdBy lastUsedAt revokedAt } } }\n": types.AccessCreateKioskTokenDocument,
    "\n  mutation AccessCreateApiKey($name: String!) { created: createApiKey(name: $name) { secret credential { id name hint createdAt createdBy lastUsedAt revokedAt } } }\n": types.AccessCreateApiKeyDocument,
    "\n  mutation AccessRevokeKioskToken($id: ID!) { revokeKioskToken(id: $id) { id revokedAt } }\n": types.AccessRevokeKioskTokenDocument,
    "\n  mutation AccessRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n": types.AccessRevokeApiKeyDocument,
    "\n  mutation AccessSetUserPassword($userId: ID!, $password: String!) { setUserPassword(userId: $userId, password: $password) { id hasPassword } }\n": types.AccessSetUserPasswordDocument,
    "\n  fragment AdminAgentFields on Agent {\n    id\n    agentId\n    name\n    teamId\n    skills {\n      queueId\n      queueName\n      proficiency\n    }\n  }\n": types.AdminAgentFieldsFragmentDoc,
    "\n  query AdminAgents {\n    agents {\n      ...AdminAgentFields\n    }\n    teams {\n      id\n      name\n    }\n    queues {\n      id\n      name\n    }\n  }\n": types.AdminAgentsDocument,
    "\n  mutation AdminCreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      ...AdminAgentFields\n    }\n  }\n": types.AdminCreateAgentDocument,
    "\n  mutation AdminUpdateAgent($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AdminAgentFields\n    }\n  }\n": types.AdminUpdateAgentDocument,
    "\n  fragment AdminQueueFields on Queue {\n    id\n    name\n    channel\n    siteId\n    slThresholdSeconds\n    slTarget\n    slVariant\n    shortAbandonSeconds\n    claimSlaHours\n    alertMaxDepth\n    alertMaxWaitSeconds\n  }\n": types.AdminQueueFieldsFragmentDoc,
    "\n  query AdminQueues {\n    queues {\n      ...AdminQueueFields\n    }\n    sites {\n      id\n      name\n    }\n  }\n": types.AdminQueuesDocument,
    "\n  mutation AdminCreateQueue($input: CreateQueueInput!) {\n    createQueue(input: $input) {\n      ...AdminQueueFields\n    }\n  }\n": types.AdminCreateQueueDocument,
    "\n  mutation AdminUpdateQueue($id: ID!, $input: UpdateQueueInput!) {\n    updateQueue(id: $id, input: $input) {\n      ...AdminQueueFields\n    }\n  }\n": types.AdminUpdateQueueDocument,
    "\n  query AdminSites {\n    sites {\n      id\n      name\n      timeZone\n    }\n  }\n": types.AdminSitesDocument,
    "\n  mutation AdminCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      name\n      timeZone\n    }\n  }\n": types.AdminCreateSiteDocument,
    "\n  mutation AdminUpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      id\n      name\n      timeZone\n    }\n  }\n": types.AdminUpdateSiteDocument,
    "\n  query AdminTeams {\n    teams {\n      id\n      name\n      siteId\n    }\n    sites {\n      id\n      name\n    }\n  }\n": types.AdminTeamsDocument,
    "\n  mutation AdminCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      siteId\n    }\n  }\n": types.AdminCreateTeamDocument,
    "\n  mutation AdminUpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      siteId\n    }\n  }\n": types.AdminUpdateTeamDocument,
    "\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      agentId\n    }\n    agents {\n      id\n      agentId\n      name\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      agentId\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      username\n      displayName\n      role\n      agentId\n    }\n  }\n": types.AdminUpdateUserDocument,
    "\n  query OperationsDirectory {\n    queues {\n      id\n    }\n    agents {\n      id\n    }\n  }\n": types.OperationsDirectoryDocument,
    "\n  query TrendsDirectory {\n    queues {\n      id\n      name\n      channel\n      slTarget\n    }\n    teams {\n      id\n      name\n    }\n  }\n": types.TrendsDirectoryDocument,
    "\n  fragment TrendsContactFigures on ContactMetricsModel {\n    offered\n    answered\n    abandoned\n    serviceLevel\n    asa\n    aht\n    abandonRate\n    csat\n    fcr\n  }\n": types.TrendsContactFiguresFragmentDoc,
    "\n  fragment TrendsContactPoint on MetricsPoint {\n    label\n    periodStart\n    metrics {\n      ...TrendsContactFigures\n    }\n  }\n": types.TrendsContactPointFragmentDoc,
    "\n  query TrendsContacts(\n    $from: String!\n    $to: String!\n    $granularity: Granularity!\n    $queues: [String!]\n    $channel: Channel\n    $byQueue: Boolean!\n  ) {\n    queueMetrics(from: $from, to: $to, granularity: $granularity, queues: $queues, channel: $channel) {\n      queues @include(if: $byQueue) {\n        queue\n        channel\n        timeZone\n        slTarget\n        points {\n          ...TrendsContactPoint\n        }\n        previousPoints {\n          ...TrendsContactPoint\n        }\n        total {\n          ...TrendsContactFigures\n        }\n        previousTotal {\n          ...TrendsContactFigures\n        }\n      }\n      channels @skip(if: $byQueue) {\n        channel\n        timeZone\n        points {\n          ...TrendsContactPoint\n        }\n        previousPoints {\n          ...TrendsContactPoint\n        }\n        total {\n          ...TrendsContactFigures\n        }\n        previousTotal {\n          ...TrendsContactFigures\n        }\n      }\n    }\n  }\n": types.TrendsContactsDocument,
    "\n  fragment TrendsAgentSeries on AgentMetricsSeries {\n    id\n    name\n    timeZone\n    points {\n      label\n      periodStart\n      metrics {\n        occupancy\n        shrinkage\n        handled\n      }\n    }\n    total {\n      occupancy\n      shrinkage\n      handled\n    }\n    previousTotal {\n      occupancy\n      shrinkage\n      handled\n    }\n  }\n": types.TrendsAgentSeriesFragmentDoc,
    "\n  query TrendsAgents(\n    $from: String!\n    $to: String!\n    $previousFrom: String!\n    $previousTo: String!\n    $granularity: Granularity!\n    $teamIds: [Int!]\n    $compare: Boolean!\n  ) {\n    current: agentMetrics(from: $from, to: $to, granularity: $granularity, teamIds: $teamIds) {\n      teams {\n        ...TrendsAgentSeries\n      }\n      agents {\n        ...TrendsAgentSeries\n      }\n    }\n    previous: agentMetrics(\n      from: $previousFrom\n      to: $previousTo\n      granularity: $granularity\n      teamIds: $teamIds\n    ) @include(if: $compare) {\n      teams {\n        id\n        points {\n          label\n          periodStart\n          metrics {\n            occupancy\n            shrinkage\n            handled\n          }\n        }\n      }\n      agents {\n        id\n        points {\n          label\n          periodStart\n          metrics {\n            occupancy\n            shrinkage\n            handled\n          }\n        }\n      }\n    }\n  }\n": types.TrendsAgentsDocument,
    "\n  fragment TrendsClaimPeriod on ClaimPeriod {\n    label\n    periodStart\n    backlog\n    opened\n    settled\n    settledWithinSla\n    settledWithinSlaRate\n  }\n": types.TrendsClaimPeriodFragmentDoc,
    "\n  query TrendsClaims(\n    $from: String!\n    $to: String!\n    $previousFrom: String!\n    $previousTo: String!\n    $granularity: Granularity!\n    $queues: [String!]\n    $compare: Boolean!\n  ) {\n    current: claimMetrics(from: $from, to: $to, granularity: $granularity, queues: $queues) {\n      queues {\n        queue\n        slaHours\n        timeZone\n        points {\n          ...TrendsClaimPeriod\n        }\n        total {\n          ...TrendsClaimPeriod\n        }\n        previousTotal {\n          ...TrendsClaimPeriod\n        }\n      }\n    }\n    previous: claimMetrics(from: $previousFrom, to: $previousTo, granularity: $granularity, queues: $queues)\n      @include(if: $compare) {\n      queues {\n        queue\n        points {\n          ...TrendsClaimPeriod\n        }\n      }\n    }\n  }\n": types.TrendsClaimsDocument,
    "\n  query WallboardQueues {\n    queues {\n      id\n      name\n      channel\n      slTarget\n      slThresholdSeconds\n      claimSlaHours\n      siteId\n    }\n  }\n": types.WallboardQueuesDocument,
    "\n  query ShellSites {\n    sites {\n      id\n      name\n      timeZone\n    }\n  }\n": types.ShellSitesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessAdmin {\n    kioskTokens { id name hint createdAt createdBy lastUsedAt revokedAt }\n    apiKeys { id name hint createdAt createdBy lastUsedAt revokedAt }\n    users { id username displayName hasPassword }\n  }\n"): (typeof documents)["\n  query AccessAdmin {\n    kioskTokens { id name hint createdAt createdBy lastUsedAt revokedAt }\n    apiKeys { id name hint createdAt createdBy lastUsedAt revokedAt }\n    users { id username displayName hasPassword }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessCreateKioskToken($name: String!) { created: createKioskToken(name: $name) { secret credential { id name hint createdAt createdBy lastUsedAt revokedAt } } }\n"): (typeof documents)["\n  mutation AccessCreateKioskToken($name: String!) { created: createKioskToken(name: $name) { secret credential { id name hint createdAt createdBy lastUsedAt revokedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessCreateApiKey($name: String!) { created: createApiKey(name: $name) { secret credential { id name hint createdAt createdBy lastUsedAt revokedAt } } }\n"): (typeof documents)["\n  mutation AccessCreateApiKey($name: String!) { created: createApiKey(name: $name) { secret credential { id name hint createdAt createdBy lastUsedAt revokedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessRevokeKioskToken($id: ID!) { revokeKioskToken(id: $id) { id revokedAt } }\n"): (typeof documents)["\n  mutation AccessRevokeKioskToken($id: ID!) { revokeKioskToken(id: $id) { id revokedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n"): (typeof documents)["\n  mutation AccessRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessSetUserPassword($userId: ID!, $password: String!) { setUserPassword(userId: $userId, password: $password) { id hasPassword } }\n"): (typeof documents)["\n  mutation AccessSetUserPassword($userId: ID!, $password: String!) { setUserPassword(userId: $userId, password: $password) { id hasPassword } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminAgentFields on Agent {\n    id\n    agentId\n    name\n    teamId\n    skills {\n      queueId\n      queueName\n      proficiency\n    }\n  }\n"): (typeof documents)["\n  fragment AdminAgentFields on Agent {\n    id\n    agentId\n    name\n    teamId\n    skills {\n      queueId\n      queueName\n      proficiency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAgents {\n    agents {\n      ...AdminAgentFields\n    }\n    teams {\n      id\n      name\n    }\n    queues {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminAgents {\n    agents {\n      ...AdminAgentFields\n    }\n    teams {\n      id\n      name\n    }\n    queues {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      ...AdminAgentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      ...AdminAgentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateAgent($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AdminAgentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateAgent($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AdminAgentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminQueueFields on Queue {\n    id\n    name\n    channel\n    siteId\n    slThresholdSeconds\n    slTarget\n    slVariant\n    shortAbandonSeconds\n    claimSlaHours\n    alertMaxDepth\n    alertMaxWaitSeconds\n  }\n"): (typeof documents)["\n  fragment AdminQueueFields on Queue {\n    id\n    name\n    channel\n    siteId\n    slThresholdSeconds\n    slTarget\n    slVariant\n    shortAbandonSeconds\n    claimSlaHours\n    alertMaxDepth\n    alertMaxWaitSeconds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminQueues {\n    queues {\n      ...AdminQueueFields\n    }\n    sites {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminQueues {\n    queues {\n      ...AdminQueueFields\n    }\n    sites {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateQueue($input: CreateQueueInput!) {\n    createQueue(input: $input) {\n      ...AdminQueueFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateQueue($input: CreateQueueInput!) {\n    createQueue(input: $input) {\n      ...AdminQueueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateQueue($id: ID!, $input: UpdateQueueInput!) {\n    updateQueue(id: $id, input: $input) {\n      ...AdminQueueFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateQueue($id: ID!, $input: UpdateQueueInput!) {\n    updateQueue(id: $id, input: $input) {\n      ...AdminQueueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSites {\n    sites {\n      id\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query AdminSites {\n    sites {\n      id\n      name\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      name\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      id\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      id\n      name\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTeams {\n    teams {\n      id\n      name\n      siteId\n    }\n    sites {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminTeams {\n    teams {\n      id\n      name\n      siteId\n    }\n    sites {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      siteId\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      siteId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      siteId\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      siteId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      agentId\n    }\n    agents {\n      id\n      agentId\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      agentId\n    }\n    agents {\n      id\n      agentId\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      agentId\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      agentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      username\n      displayName\n      role\n      agentId\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      username\n      displayName\n      role\n      agentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsDirectory {\n    queues {\n      id\n    }\n    agents {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OperationsDirectory {\n    queues {\n      id\n    }\n    agents {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrendsDirectory {\n    queues {\n      id\n      name\n      channel\n      slTarget\n    }\n    teams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TrendsDirectory {\n    queues {\n      id\n      name\n      channel\n      slTarget\n    }\n    teams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrendsContactFigures on ContactMetricsModel {\n    offered\n    answered\n    abandoned\n    serviceLevel\n    asa\n    aht\n    abandonRate\n    csat\n    fcr\n  }\n"): (typeof documents)["\n  fragment TrendsContactFigures on ContactMetricsModel {\n    offered\n    answered\n    abandoned\n    serviceLevel\n    asa\n    aht\n    abandonRate\n    csat\n    fcr\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrendsContactPoint on MetricsPoint {\n    label\n    periodStart\n    metrics {\n      ...TrendsContactFigures\n    }\n  }\n"): (typeof documents)["\n  fragment TrendsContactPoint on MetricsPoint {\n    label\n    periodStart\n    metrics {\n      ...TrendsContactFigures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrendsContacts(\n    $from: String!\n    $to: String!\n    $granularity: Granularity!\n    $queues: [String!]\n    $channel: Channel\n    $byQueue: Boolean!\n  ) {\n    queueMetrics(from: $from, to: $to, granularity: $granularity, queues: $queues, channel: $channel) {\n      queues @include(if: $byQueue) {\n        queue\n        channel\n        timeZone\n        slTarget\n        points {\n          ...TrendsContactPoint\n        }\n        previousPoints {\n          ...TrendsContactPoint\n        }\n        total {\n          ...TrendsContactFigures\n        }\n        previousTotal {\n          ...TrendsContactFigures\n        }\n      }\n      channels @skip(if: $byQueue) {\n        channel\n        timeZone\n        points {\n          ...TrendsContactPoint\n        }\n        previousPoints {\n          ...TrendsContactPoint\n        }\n        total {\n          ...TrendsContactFigures\n        }\n        previousTotal {\n          ...TrendsContactFigures\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrendsContacts(\n    $from: String!\n    $to: String!\n    $granularity: Granularity!\n    $queues: [String!]\n    $channel: Channel\n    $byQueue: Boolean!\n  ) {\n    queueMetrics(from: $from, to: $to, granularity: $granularity, queues: $queues, channel: $channel) {\n      queues @include(if: $byQueue) {\n        queue\n        channel\n        timeZone\n        slTarget\n        points {\n          ...TrendsContactPoint\n        }\n        previousPoints {\n          ...TrendsContactPoint\n        }\n        total {\n          ...TrendsContactFigures\n        }\n        previousTotal {\n          ...TrendsContactFigures\n        }\n      }\n      channels @skip(if: $byQueue) {\n        channel\n        timeZone\n        points {\n          ...TrendsContactPoint\n        }\n        previousPoints {\n          ...TrendsContactPoint\n        }\n        total {\n          ...TrendsContactFigures\n        }\n        previousTotal {\n          ...TrendsContactFigures\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrendsAgentSeries on AgentMetricsSeries {\n    id\n    name\n    timeZone\n    points {\n      label\n      periodStart\n      metrics {\n        occupancy\n        shrinkage\n        handled\n      }\n    }\n    total {\n      occupancy\n      shrinkage\n      handled\n    }\n    previousTotal {\n      occupancy\n      shrinkage\n      handled\n    }\n  }\n"): (typeof documents)["\n  fragment TrendsAgentSeries on AgentMetricsSeries {\n    id\n    name\n    timeZone\n    points {\n      label\n      periodStart\n      metrics {\n        occupancy\n        shrinkage\n        handled\n      }\n    }\n    total {\n      occupancy\n      shrinkage\n      handled\n    }\n    previousTotal {\n      occupancy\n      shrinkage\n      handled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrendsAgents(\n    $from: String!\n    $to: String!\n    $previousFrom: String!\n    $previousTo: String!\n    $granularity: Granularity!\n    $teamIds: [Int!]\n    $compare: Boolean!\n  ) {\n    current: agentMetrics(from: $from, to: $to, granularity: $granularity, teamIds: $teamIds) {\n      teams {\n        ...TrendsAgentSeries\n      }\n      agents {\n        ...TrendsAgentSeries\n      }\n    }\n    previous: agentMetrics(\n      from: $previousFrom\n      to: $previousTo\n      granularity: $granularity\n      teamIds: $teamIds\n    ) @include(if: $compare) {\n      teams {\n        id\n        points {\n          label\n          periodStart\n          metrics {\n            occupancy\n            shrinkage\n            handled\n          }\n        }\n      }\n      agents {\n        id\n        points {\n          label\n          periodStart\n          metrics {\n            occupancy\n            shrinkage\n            handled\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrendsAgents(\n    $from: String!\n    $to: String!\n    $previousFrom: String!\n    $previousTo: String!\n    $granularity: Granularity!\n    $teamIds: [Int!]\n    $compare: Boolean!\n  ) {\n    current: agentMetrics(from: $from, to: $to, granularity: $granularity, teamIds: $teamIds) {\n      teams {\n        ...TrendsAgentSeries\n      }\n      agents {\n        ...TrendsAgentSeries\n      }\n    }\n    previous: agentMetrics(\n      from: $previousFrom\n      to: $previousTo\n      granularity: $granularity\n      teamIds: $teamIds\n    ) @include(if: $compare) {\n      teams {\n        id\n        points {\n          label\n          periodStart\n          metrics {\n            occupancy\n            shrinkage\n            handled\n          }\n        }\n      }\n      agents {\n        id\n        points {\n          label\n          periodStart\n          metrics {\n            occupancy\n            shrinkage\n            handled\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrendsClaimPeriod on ClaimPeriod {\n    label\n    periodStart\n    backlog\n    opened\n    settled\n    settledWithinSla\n    settledWithinSlaRate\n  }\n"): (typeof documents)["\n  fragment TrendsClaimPeriod on ClaimPeriod {\n    label\n    periodStart\n    backlog\n    opened\n    settled\n    settledWithinSla\n    settledWithinSlaRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrendsClaims(\n    $from: String!\n    $to: String!\n    $previousFrom: String!\n    $previousTo: String!\n    $granularity: Granularity!\n    $queues: [String!]\n    $compare: Boolean!\n  ) {\n    current: claimMetrics(from: $from, to: $to, granularity: $granularity, queues: $queues) {\n      queues {\n        queue\n        slaHours\n        timeZone\n        points {\n          ...TrendsClaimPeriod\n        }\n        total {\n          ...TrendsClaimPeriod\n        }\n        previousTotal {\n          ...TrendsClaimPeriod\n        }\n      }\n    }\n    previous: claimMetrics(from: $previousFrom, to: $previousTo, granularity: $granularity, queues: $queues)\n      @include(if: $compare) {\n      queues {\n        queue\n        points {\n          ...TrendsClaimPeriod\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrendsClaims(\n    $from: String!\n    $to: String!\n    $previousFrom: String!\n    $previousTo: String!\n    $granularity: Granularity!\n    $queues: [String!]\n    $compare: Boolean!\n  ) {\n    current: claimMetrics(from: $from, to: $to, granularity: $granularity, queues: $queues) {\n      queues {\n        queue\n        slaHours\n        timeZone\n        points {\n          ...TrendsClaimPeriod\n        }\n        total {\n          ...TrendsClaimPeriod\n        }\n        previousTotal {\n          ...TrendsClaimPeriod\n        }\n      }\n    }\n    previous: claimMetrics(from: $previousFrom, to: $previousTo, granularity: $granularity, queues: $queues)\n      @include(if: $compare) {\n      queues {\n        queue\n        points {\n          ...TrendsClaimPeriod\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallboardQueues {\n    queues {\n      id\n      name\n      channel\n      slTarget\n      slThresholdSeconds\n      claimSlaHours\n      siteId\n    }\n  }\n"): (typeof documents)["\n  query WallboardQueues {\n    queues {\n      id\n      name\n      channel\n      slTarget\n      slThresholdSeconds\n      claimSlaHours\n      siteId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellSites {\n    sites {\n      id\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query ShellSites {\n    sites {\n      id\n      name\n      timeZone\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;