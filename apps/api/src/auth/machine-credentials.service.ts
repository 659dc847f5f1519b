import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { AccessCredentialEntity } from './entities/access-credential.entity.js';
import { ApiKeyEntity } from './entities/api-key.entity.js';
import { KioskTokenEntity } from './entities/kiosk-token.entity.js';
import type { Principal } from './principal.js';
import { hashSecret, newSecret, secretHint } from './secret-tokens.js';
import { TtlCache } from './ttl-cache.js';

export type MachineKind = 'kiosk' | 'apiKey';

/** How long a checked secret is trusted before the database is asked again (other instances' revocations). */
const CHECK_MS = 10_000;
/** lastUsedAt is written at most this often per credential. */
const LAST_USED_EVERY_MS = 60_000;

type MachinePrincipal = Extract<Principal, { kind: 'kiosk' | 'apiKey' }>;

/**
 * Wallboard kiosk tokens and ingestion API keys: created with a name (the secret is returned
 * once), listed, revoked; checked by the SHA-256 of the presented secret.
 */
@Injectable()
export class MachineCredentials {
  private readonly checked = new TtlCache<string, MachinePrincipal | null>(CHECK_MS);
  private readonly lastUsedWritten = new Map<string, number>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(
    kind: MachineKind,
    name: string,
    createdBy: string,
  ): Promise<{ credential: AccessCredentialEntity; secret: string }> {
    const secret = newSecret(kind === 'kiosk' ? 'kiosk' : 'ingest');
    const repo = this.repo(kind);
    const credential = await repo.save(
      repo.create({
        name,
        secretHash: hashSecret(secret),
        hint: secretHint(secret),
        createdAt: Date.now(),
        createdBy,
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
    return { credential, secret };
  }

  list(kind: MachineKind): Promise<AccessCredentialEntity[]> {
    return this.repo(kind).find({ order: { id: 'ASC' } });
  }

  /** Revokes a credential (at once on this instance, within CHECK_MS on others); null when unknown. */
  async revoke(kind: MachineKind, id: number): Promise<AccessCredentialEntity | null> {
    const repo = this.repo(kind);
    const found = await repo.findOneBy({ id });
    if (!found) return null;
    if (found.revokedAt === null) {
      found.revokedAt = Date.now();
      await repo.update({ id, revokedAt: IsNull() }, { revokedAt: found.revokedAt });
    }
    this.checked.clear();
    return found;
  }

  /** The principal of a valid, unrevoked secret of this kind, or null. */
  async authenticate(kind: MachineKind, secret: string): Promise<MachinePrincipal | null> {
    const hash = hashSecret(secret);
    const key = `${kind}:${hash}`;
    const cached = this.checked.get(key);
    let principal: MachinePrincipal | null;
    if (cached !== undefined) principal = cached;
    else {
      const found = await this.repo(kind).findOneBy({ secretHash: hash, revokedAt: IsNull() });
      principal = found ? { kind, id: found.id, name: found.name } : null;
      this.checked.set(key, principal);
    }
    if (principal) this.touch(kind, principal.id);
    return principal;
  }

  /** Which of these credentials are still valid (the live connections' periodic check). */
  async stillValid(kind: MachineKind, ids: number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await this.repo(kind)
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .where('c.id IN (:...ids)', { ids })
      .andWhere('c.revokedAt IS NULL')
      .getRawMany<{ id: number }>();
    return new Set(rows.map((r) => Number(r.id)));
  }

  private touch(kind: MachineKind, id: number): void {
    const key = `${kind}:${id}`;
    const now = Date.now();
    if (now - (this.lastUsedWritten.get(key) ?? 0) < LAST_USED_EVERY_MS) return;
    this.lastUsedWritten.set(key, now);
    // Best effort, off the request's path: a failed write only leaves lastUsedAt older.
    this.repo(kind)
      .update(id, { lastUsedAt: now })
      .catch(() => undefined);
  }

  private repo(kind: MachineKind) {
    return this.db.getRepository<AccessCredentialEntity>(kind === 'kiosk' ? KioskTokenEntity : ApiKeyEntity);
  }
}
