export { erlangB } from './erlang-b.js';
export {
  erlangC,
  erlangCServiceLevel,
  erlangCAsa,
  type ErlangCServiceLevelInput,
  type ErlangCAsaInput,
} from './erlang-c.js';
export { erlangA, type ErlangAInput, type ErlangAResult } from './erlang-a.js';
export {
  requiredAgents,
  type RequiredAgentsInput,
  type RequiredAgentsSearch,
  type RequiredAgentsResult,
  type StaffingModel,
} from './required-agents.js';
export { scheduledStaff } from './scheduled-staff.js';
export {
  claimDeskRequirement,
  type ClaimDeskInput,
  type ClaimDeskRequirement,
} from './claim-desk-requirement.js';
export { whatIfSweep, type WhatIfBase, type WhatIfVariations, type WhatIfRow } from './what-if-sweep.js';
