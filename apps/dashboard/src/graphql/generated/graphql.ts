/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A front line: phone, chat/web, claim settlements */
export type Channel =
  | 'CLAIM_DESK'
  | 'HOTLINE'
  | 'ONLINE';

export type CreateAgentInput = {
  agentId: string;
  name: string;
  skills?: Array<SkillInput> | null | undefined;
  teamId?: number | null | undefined;
};

export type CreateQueueInput = {
  alertMaxDepth?: number | null | undefined;
  alertMaxWaitSeconds?: number | null | undefined;
  channel: Channel;
  claimSlaHours?: number | null | undefined;
  name: string;
  shortAbandonSeconds?: number | null | undefined;
  siteId: number;
  slTarget?: number | null | undefined;
  slThresholdSeconds?: number | null | undefined;
  slVariant?: ServiceLevelVariant | null | undefined;
};

export type CreateSiteInput = {
  name: string;
  timeZone: string;
};

export type CreateTeamInput = {
  name: string;
  siteId: number;
};

export type CreateUserInput = {
  agentId?: string | null | undefined;
  displayName: string;
  role: Role;
  username: string;
};

export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'EXECUTIVE'
  | 'MANAGER'
  | 'SCHEDULER';

/** DEFAULT: within T / (answered + abandoned + flowed out − short abandoned); ANSWERED_ONLY: within T / answered; OFFERED: within T / offered; EXCLUDE_FLOWED_OUT: DEFAULT without flowed out */
export type ServiceLevelVariant =
  | 'ANSWERED_ONLY'
  | 'DEFAULT'
  | 'EXCLUDE_FLOWED_OUT'
  | 'OFFERED';

export type SkillInput = {
  proficiency: number;
  queueId: number;
};

export type UpdateAgentInput = {
  agentId?: string | null | undefined;
  name?: string | null | undefined;
  skills?: Array<SkillInput> | null | undefined;
  teamId?: number | null | undefined;
};

export type UpdateQueueInput = {
  alertMaxDepth?: number | null | undefined;
  alertMaxWaitSeconds?: number | null | undefined;
  channel?: Channel | null | undefined;
  claimSlaHours?: number | null | undefined;
  name?: string | null | undefined;
  shortAbandonSeconds?: number | null | undefined;
  siteId?: number | null | undefined;
  slTarget?: number | null | undefined;
  slThresholdSeconds?: number | null | undefined;
  slVariant?: ServiceLevelVariant | null | undefined;
};

export type UpdateSiteInput = {
  name?: string | null | undefined;
  timeZone?: string | null | undefined;
};

export type UpdateTeamInput = {
  name?: string | null | undefined;
  siteId?: number | null | undefined;
};

export type UpdateUserInput = {
  agentId?: string | null | undefined;
  displayName?: string | null | undefined;
  role?: Role | null | undefined;
  username?: string | null | undefined;
};

export type AdminAgentFieldsFragment = { __typename: 'Agent', id: string, agentId: string, name: string, teamId: number | null, skills: Array<{ __typename: 'Skill', queueId: number, queueName: string, proficiency: number }> };

export type AdminAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAgentsQuery = { agents: Array<{ __typename: 'Agent', id: string, agentId: string, name: string, teamId: number | null, skills: Array<{ __typename: 'Skill', queueId: number, queueName: string, proficiency: number }> }>, teams: Array<{ __typename: 'Team', id: string, name: string }>, queues: Array<{ __typename: 'Queue', id: string, name: string }> };

export type AdminCreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type AdminCreateAgentMutation = { createAgent: { __typename: 'Agent', id: string, agentId: string, name: string, teamId: number | null, skills: Array<{ __typename: 'Skill', queueId: number, queueName: string, proficiency: number }> } };

export type AdminUpdateAgentMutationVariables = Exact<{
  id: string | number;
  input: UpdateAgentInput;
}>;


export type AdminUpdateAgentMutation = { updateAgent: { __typename: 'Agent', id: string, agentId: string, name: string, teamId: number | null, skills: Array<{ __typename: 'Skill', queueId: number, queueName: string, proficiency: number }> } };

export type AdminQueueFieldsFragment = { __typename: 'Queue', id: string, name: string, channel: Channel, siteId: number, slThresholdSeconds: number, slTarget: number, slVariant: ServiceLevelVariant, shortAbandonSeconds: number, claimSlaHours: number, alertMaxDepth: number | null, alertMaxWaitSeconds: number | null };

export type AdminQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminQueuesQuery = { queues: Array<{ __typename: 'Queue', id: string, name: string, channel: Channel, siteId: number, slThresholdSeconds: number, slTarget: number, slVariant: ServiceLevelVariant, shortAbandonSeconds: number, claimSlaHours: number, alertMaxDepth: number | null, alertMaxWaitSeconds: number | null }>, sites: Array<{ __typename: 'Site', id: string, name: string }> };

export type AdminCreateQueueMutationVariables = Exact<{
  input: CreateQueueInput;
}>;


export type AdminCreateQueueMutation = { createQueue: { __typename: 'Queue', id: string, name: string, channel: Channel, siteId: number, slThresholdSeconds: number, slTarget: number, slVariant: ServiceLevelVariant, shortAbandonSeconds: number, claimSlaHours: number, alertMaxDepth: number | null, alertMaxWaitSeconds: number | null } };

export type AdminUpdateQueueMutationVariables = Exact<{
  id: string | number;
  input: UpdateQueueInput;
}>;


export type AdminUpdateQueueMutation = { updateQueue: { __typename: 'Queue', id: string, name: string, channel: Channel, siteId: number, slThresholdSeconds: number, slTarget: number, slVariant: ServiceLevelVariant, shortAbandonSeconds: number, claimSlaHours: number, alertMaxDepth: number | null, alertMaxWaitSeconds: number | null } };

export type AdminSitesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSitesQuery = { sites: Array<{ __typename: 'Site', id: string, name: string, timeZone: string }> };

export type AdminCreateSiteMutationVariables = Exact<{
  input: CreateSiteInput;
}>;


export type AdminCreateSiteMutation = { createSite: { __typename: 'Site', id: string, name: string, timeZone: string } };

export type AdminUpdateSiteMutationVariables = Exact<{
  id: string | number;
  input: UpdateSiteInput;
}>;


export type AdminUpdateSiteMutation = { updateSite: { __typename: 'Site', id: string, name: string, timeZone: string } };

export type AdminTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTeamsQuery = { teams: Array<{ __typename: 'Team', id: string, name: string, siteId: number }>, sites: Array<{ __typename: 'Site', id: string, name: string }> };

export type AdminCreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type AdminCreateTeamMutation = { createTeam: { __typename: 'Team', id: string, name: string, siteId: number } };

export type AdminUpdateTeamMutationVariables = Exact<{
  id: string | number;
  input: UpdateTeamInput;
}>;


export type AdminUpdateTeamMutation = { updateTeam: { __typename: 'Team', id: string, name: string, siteId: number } };

export type AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUsersQuery = { users: Array<{ __typename: 'User', id: string, username: string, displayName: string, role: Role, agentId: string | null }>, agents: Array<{ __typename: 'Agent', id: string, agentId: string, name: string }> };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { createUser: { __typename: 'User', id: string, username: string, displayName: string, role: Role, agentId: string | null } };

export type AdminUpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type AdminUpdateUserMutation = { updateUser: { __typename: 'User', id: string, username: string, displayName: string, role: Role, agentId: string | null } };

export type OperationsDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type OperationsDirectoryQuery = { queues: Array<{ __typename: 'Queue', id: string }>, agents: Array<{ __typename: 'Agent', id: string }> };

export type WallboardQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type WallboardQueuesQuery = { queues: Array<{ __typename: 'Queue', id: string, name: string, channel: Channel, slTarget: number, slThresholdSeconds: number, claimSlaHours: number, siteId: number }> };

export type ShellSitesQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellSitesQuery = { sites: Array<{ __typename: 'Site', id: string, name: string, timeZone: string }> };

export const AdminAgentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"queueName"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}}]}}]}}]} as unknown as DocumentNode<AdminAgentFieldsFragment, unknown>;
export const AdminQueueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminQueueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"slThresholdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"slTarget"}},{"kind":"Field","name":{"kind":"Name","value":"slVariant"}},{"kind":"Field","name":{"kind":"Name","value":"shortAbandonSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"claimSlaHours"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxDepth"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxWaitSeconds"}}]}}]} as unknown as DocumentNode<AdminQueueFieldsFragment, unknown>;
export const AdminAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAgents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAgentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"queueName"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}}]}}]}}]} as unknown as DocumentNode<AdminAgentsQuery, AdminAgentsQueryVariables>;
export const AdminCreateAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAgentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"queueName"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}}]}}]}}]} as unknown as DocumentNode<AdminCreateAgentMutation, AdminCreateAgentMutationVariables>;
export const AdminUpdateAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAgentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"queueName"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateAgentMutation, AdminUpdateAgentMutationVariables>;
export const AdminQueuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminQueues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminQueueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminQueueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"slThresholdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"slTarget"}},{"kind":"Field","name":{"kind":"Name","value":"slVariant"}},{"kind":"Field","name":{"kind":"Name","value":"shortAbandonSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"claimSlaHours"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxDepth"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxWaitSeconds"}}]}}]} as unknown as DocumentNode<AdminQueuesQuery, AdminQueuesQueryVariables>;
export const AdminCreateQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateQueueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminQueueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminQueueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"slThresholdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"slTarget"}},{"kind":"Field","name":{"kind":"Name","value":"slVariant"}},{"kind":"Field","name":{"kind":"Name","value":"shortAbandonSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"claimSlaHours"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxDepth"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxWaitSeconds"}}]}}]} as unknown as DocumentNode<AdminCreateQueueMutation, AdminCreateQueueMutationVariables>;
export const AdminUpdateQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateQueueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminQueueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminQueueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"slThresholdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"slTarget"}},{"kind":"Field","name":{"kind":"Name","value":"slVariant"}},{"kind":"Field","name":{"kind":"Name","value":"shortAbandonSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"claimSlaHours"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxDepth"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxWaitSeconds"}}]}}]} as unknown as DocumentNode<AdminUpdateQueueMutation, AdminUpdateQueueMutationVariables>;
export const AdminSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<AdminSitesQuery, AdminSitesQueryVariables>;
export const AdminCreateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<AdminCreateSiteMutation, AdminCreateSiteMutationVariables>;
export const AdminUpdateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateSiteMutation, AdminUpdateSiteMutationVariables>;
export const AdminTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminTeamsQuery, AdminTeamsQueryVariables>;
export const AdminCreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}}]}}]} as unknown as DocumentNode<AdminCreateTeamMutation, AdminCreateTeamMutationVariables>;
export const AdminUpdateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateTeamMutation, AdminUpdateTeamMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}}]}}]}}]} as unknown as DocumentNode<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateUserMutation, AdminUpdateUserMutationVariables>;
export const OperationsDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationsDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OperationsDirectoryQuery, OperationsDirectoryQueryVariables>;
export const WallboardQueuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WallboardQueues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"slTarget"}},{"kind":"Field","name":{"kind":"Name","value":"slThresholdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"claimSlaHours"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}}]}}]} as unknown as DocumentNode<WallboardQueuesQuery, WallboardQueuesQueryVariables>;
export const ShellSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShellSites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<ShellSitesQuery, ShellSitesQueryVariables>;