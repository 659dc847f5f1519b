import { Entity } from 'typeorm';
import { AccessCredentialEntity } from './access-credential.entity.js';

/** A wallboard kiosk token: read-only live data (handlers marked @Kiosk()). */
@Entity('kiosk_tokens')
export class KioskTokenEntity extends AccessCredentialEntity {}
