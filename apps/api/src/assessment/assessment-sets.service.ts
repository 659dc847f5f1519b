import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_CRITERIA, type CriterionDefinition } from '@servicefloor/assessment';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { badInput } from '../common/validation.js';
import { AssessmentSetEntity } from './entities/assessment-set.entity.js';
import { FrozenScorecardEntity } from './entities/frozen-scorecard.entity.js';

/** Set 0: the default set of issue #9, the same for everyone, never stored. */
export const DEFAULT_SET_ID = 0;

export interface AssessmentSet {
  id: number;
  name: string;
  ownerUserId: number | null;
  criteria: CriterionDefinition[];
  fromMonth: string | null;
  toMonth: string | null;
}

export type UserPrincipal = Extract<Principal, { kind: 'user' }>;

/** Assessment definitions: the default set and the sets executives and admins save for themselves. */
@Injectable()
export class AssessmentSetsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  defaultSet(): AssessmentSet {
    return {
      id: DEFAULT_SET_ID,
      name: 'Default',
      ownerUserId: null,
      criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
      fromMonth: null,
      toMonth: null,
    };
  }

  /** The default set, then the caller's own sets (an admin sees everyone's). */
  async list(caller: Principal | null): Promise<AssessmentSet[]> {
    const repo = this.db.getRepository(AssessmentSetEntity);
    const rows =
      caller?.kind === 'user' && caller.role === 'ADMIN'
        ? await repo.find({ order: { id: 'ASC' } })
        : caller?.kind === 'user'
          ? await repo.find({ where: { ownerUserId: caller.userId }, order: { id: 'ASC' } })
          : [];
    return [this.defaultSet(), ...rows.map(toSet)];
  }

  async get(id: number, field = 'setId'): Promise<AssessmentSet> {
    if (id === DEFAULT_SET_ID) return this.defaultSet();
    const row = await this.db.getRepository(AssessmentSetEntity).findOneBy({ id });
    if (!row) throw badInput([{ field, reason: `no assessment set ${id}` }]);
    return toSet(row);
  }

  /** Creates (id omitted) or replaces one of the caller's sets; an admin may replace anyone's. */
  async save(
    caller: UserPrincipal,
    input: Omit<AssessmentSet, 'ownerUserId' | 'id'> & { id?: number | null },
  ): Promise<AssessmentSet> {
    const repo = this.db.getRepository(AssessmentSetEntity);
    const keys = new Set<string>();
    for (const [i, c] of input.criteria.entries()) {
      if (keys.has(c.key)) throw badInput([{ field: `input.criteria.${i}.key`, reason: `repeats ${c.key}` }]);
      keys.add(c.key);
    }
    if (
      (input.fromMonth === null) !== (input.toMonth === null) ||
      (input.fromMonth ?? '') > (input.toMonth ?? '')
    )
      throw badInput([{ field: 'input.toMonth', reason: 'give both months, the last not before the first' }]);
    let owner = caller.userId;
    if (input.id != null) {
      const existing = await repo.findOneBy({ id: input.id });
      if (!existing) throw badInput([{ field: 'input.id', reason: `no assessment set ${input.id}` }]);
      if (existing.ownerUserId !== caller.userId && caller.role !== 'ADMIN')
        throw badInput([{ field: 'input.id', reason: 'is another user’s set' }]);
      owner = existing.ownerUserId;
    }
    const saved = await repo.save({
      ...(input.id != null ? { id: input.id } : {}),
      name: input.name,
      ownerUserId: owner,
      criteria: JSON.stringify(input.criteria),
      fromMonth: input.fromMonth,
      toMonth: input.toMonth,
      updatedAt: Date.now(),
    });
    return toSet(saved);
  }

  async remove(caller: UserPrincipal, id: number): Promise<boolean> {
    const repo = this.db.getRepository(AssessmentSetEntity);
    const existing = await repo.findOneBy({ id });
    if (!existing) throw badInput([{ field: 'id', reason: `no assessment set ${id}` }]);
    if (existing.ownerUserId !== caller.userId && caller.role !== 'ADMIN')
      throw badInput([{ field: 'id', reason: 'is another user’s set' }]);
    await this.db.getRepository(FrozenScorecardEntity).delete({ setId: id });
    await repo.delete({ id });
    return true;
  }
}

function toSet(row: AssessmentSetEntity): AssessmentSet {
  return {
    id: row.id,
    name: row.name,
    ownerUserId: row.ownerUserId,
    criteria: JSON.parse(row.criteria) as CriterionDefinition[],
    fromMonth: row.fromMonth,
    toMonth: row.toMonth,
  };
}
