import { registerEnumType } from '@nestjs/graphql';
import {
  AGENT_STATES,
  CHANNELS,
  GRANULARITIES,
  SERVICE_LEVEL_VARIANTS,
  type AgentState,
  type Channel,
  type Granularity,
  type ServiceLevelVariant,
} from '@servicefloor/contracts';
import { ROLES, type Role } from '../directory/entities/user.entity.js';

/** Turns a contracts tuple into the { NAME: 'NAME' } object GraphQL enums are made of. */
function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const ChannelEnum = enumObject<Channel>(CHANNELS);
export const ServiceLevelVariantEnum = enumObject<ServiceLevelVariant>(SERVICE_LEVEL_VARIANTS);
export const AgentStateEnum = enumObject<AgentState>(AGENT_STATES);
export const GranularityEnum = enumObject<Granularity>(GRANULARITIES);
export const RoleEnum = enumObject<Role>(ROLES);

registerEnumType(ChannelEnum, {
  name: 'Channel',
  description: 'A front line: phone, chat/web, claim settlements',
});
registerEnumType(ServiceLevelVariantEnum, {
  name: 'ServiceLevelVariant',
  description:
    'DEFAULT: within T / (answered + abandoned + flowed out − short abandoned); ANSWERED_ONLY: within T / answered; OFFERED: within T / offered; EXCLUDE_FLOWED_OUT: DEFAULT without flowed out',
});
registerEnumType(AgentStateEnum, { name: 'AgentState' });
registerEnumType(GranularityEnum, { name: 'Granularity' });
registerEnumType(RoleEnum, { name: 'Role' });
