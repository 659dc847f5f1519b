import type { MessageId } from '../i18n/catalogue.js';
import type { Channel, Role, ServiceLevelVariant } from '../graphql/generated/graphql.js';

/** Each channel has a symbol as well as a word (never colour alone). */
export const CHANNEL_LOOK: Record<Channel, { symbol: string; labelId: MessageId }> = {
  HOTLINE: { symbol: '☎', labelId: 'channel.HOTLINE' },
  ONLINE: { symbol: '✉', labelId: 'channel.ONLINE' },
  CLAIM_DESK: { symbol: '⚖', labelId: 'channel.CLAIM_DESK' },
};

export const CHANNELS: readonly Channel[] = ['HOTLINE', 'ONLINE', 'CLAIM_DESK'];

export const SERVICE_LEVEL_VARIANTS: readonly ServiceLevelVariant[] = [
  'DEFAULT',
  'EXCLUDE_FLOWED_OUT',
  'ANSWERED_ONLY',
  'OFFERED',
];

export const ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'SCHEDULER', 'EXECUTIVE', 'AGENT'];
