import { ApiKeyEntity } from './entities/api-key.entity.js';
import { KioskTokenEntity } from './entities/kiosk-token.entity.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';
import { ServerSecretEntity } from './entities/server-secret.entity.js';

/** The access-control tables (listed in database/entities.ts). */
export const AUTH_ENTITIES = [RefreshTokenEntity, KioskTokenEntity, ApiKeyEntity, ServerSecretEntity];
