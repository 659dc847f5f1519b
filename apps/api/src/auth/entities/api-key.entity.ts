import { Entity } from 'typeorm';
import { AccessCredentialEntity } from './access-credential.entity.js';

/** An ingestion API key: ingest only (handlers marked @IngestKey()). */
@Entity('api_keys')
export class ApiKeyEntity extends AccessCredentialEntity {}
