import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { defaultQueueSettings } from '@servicefloor/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput } from '../common/validation.js';
import { AgentSkillEntity } from './entities/agent-skill.entity.js';
import { AgentEntity } from './entities/agent.entity.js';
import { QueueEntity } from './entities/queue.entity.js';
import { SiteEntity } from './entities/site.entity.js';
import { TeamEntity } from './entities/team.entity.js';
import { UserEntity } from './entities/user.entity.js';
import type {
  CreateAgentInput,
  CreateQueueInput,
  CreateSiteInput,
  CreateTeamInput,
  CreateUserInput,
  SkillInput,
  UpdateAgentInput,
  UpdateQueueInput,
  UpdateSiteInput,
  UpdateTeamInput,
  UpdateUserInput,
} from './dto/directory.inputs.js';

/** Sites, queues, teams, agents and users: reads and validated admin writes. */
@Injectable()
export class DirectoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  sites(): Promise<SiteEntity[]> {
    return this.db.getRepository(SiteEntity).find({ order: { id: 'ASC' } });
  }

  queues(): Promise<QueueEntity[]> {
    return this.db.getRepository(QueueEntity).find({ order: { id: 'ASC' }, relations: { site: true } });
  }

  queueByName(name: string): Promise<QueueEntity | null> {
    return this.db.getRepository(QueueEntity).findOne({ where: { name }, relations: { site: true } });
  }

  teams(): Promise<TeamEntity[]> {
    return this.db.getRepository(TeamEntity).find({ order: { id: 'ASC' } });
  }

  agents(): Promise<AgentEntity[]> {
    return this.db
      .getRepository(AgentEntity)
      .find({ order: { id: 'ASC' }, relations: { skills: { queue: true } } });
  }

  users(): Promise<UserEntity[]> {
    return this.db.getRepository(UserEntity).find({ order: { id: 'ASC' } });
  }

  async createSite(input: CreateSiteInput): Promise<SiteEntity> {
    const repo = this.db.getRepository(SiteEntity);
    await this.assertUnique(SiteEntity, 'name', input.name);
    return repo.save(repo.create(input));
  }

  async updateSite(id: number, input: UpdateSiteInput): Promise<SiteEntity> {
    const site = await this.mustFind(SiteEntity, id, 'id');
    if (input.name !== undefined && input.name !== site.name)
      await this.assertUnique(SiteEntity, 'name', input.name);
    return this.db.getRepository(SiteEntity).save(Object.assign(site, input));
  }

  async createQueue(input: CreateQueueInput): Promise<QueueEntity> {
    await this.mustFind(SiteEntity, input.siteId, 'siteId');
    await this.assertUnique(QueueEntity, 'name', input.name);
    const repo = this.db.getRepository(QueueEntity);
    const defaults = defaultQueueSettings(input.channel);
    const saved = await repo.save(
      repo.create({ alertMaxDepth: null, alertMaxWaitSeconds: null, ...defaults, ...dropUndefined(input) }),
    );
    return this.mustFind(QueueEntity, saved.id, 'id', { site: true });
  }

  async updateQueue(id: number, input: UpdateQueueInput): Promise<QueueEntity> {
    const queue = await this.mustFind(QueueEntity, id, 'id');
    if (input.siteId !== undefined) await this.mustFind(SiteEntity, input.siteId, 'siteId');
    if (input.name !== undefined && input.name !== queue.name)
      await this.assertUnique(QueueEntity, 'name', input.name);
    await this.db.getRepository(QueueEntity).save(Object.assign(queue, dropUndefined(input)));
    return this.mustFind(QueueEntity, id, 'id', { site: true });
  }

  async createTeam(input: CreateTeamInput): Promise<TeamEntity> {
    await this.mustFind(SiteEntity, input.siteId, 'siteId');
    await this.assertUnique(TeamEntity, 'name', input.name);
    const repo = this.db.getRepository(TeamEntity);
    return repo.save(repo.create(input));
  }

  async updateTeam(id: number, input: UpdateTeamInput): Promise<TeamEntity> {
    const team = await this.mustFind(TeamEntity, id, 'id');
    if (input.siteId !== undefined) await this.mustFind(SiteEntity, input.siteId, 'siteId');
    if (input.name !== undefined && input.name !== team.name)
      await this.assertUnique(TeamEntity, 'name', input.name);
    return this.db.getRepository(TeamEntity).save(Object.assign(team, dropUndefined(input)));
  }

  async createAgent(input: CreateAgentInput): Promise<AgentEntity> {
    await this.assertUnique(AgentEntity, 'agentId', input.agentId);
    if (input.teamId != null) await this.mustFind(TeamEntity, input.teamId, 'teamId');
    await this.assertQueuesExist(input.skills ?? []);
    return this.db.transaction(async (tx) => {
      const { skills, ...fields } = input;
      const agent = await tx
        .getRepository(AgentEntity)
        .save(tx.getRepository(AgentEntity).create({ teamId: null, ...fields }));
      await this.replaceSkills(tx, agent.id, skills ?? []);
      return this.mustFindIn(tx, agent.id);
    });
  }

  async updateAgent(id: number, input: UpdateAgentInput): Promise<AgentEntity> {
    const agent = await this.mustFind(AgentEntity, id, 'id');
    if (input.agentId !== undefined && input.agentId !== agent.agentId)
      await this.assertUnique(AgentEntity, 'agentId', input.agentId);
    if (input.teamId != null) await this.mustFind(TeamEntity, input.teamId, 'teamId');
    if (input.skills) await this.assertQueuesExist(input.skills);
    return this.db.transaction(async (tx) => {
      const { skills, ...fields } = dropUndefined(input);
      await tx.getRepository(AgentEntity).update(id, fields);
      if (skills) await this.replaceSkills(tx, id, skills);
      return this.mustFindIn(tx, id);
    });
  }

  async createUser(input: CreateUserInput): Promise<UserEntity> {
    await this.assertUnique(UserEntity, 'username', input.username);
    const repo = this.db.getRepository(UserEntity);
    return repo.save(repo.create({ agentId: null, passwordHash: null, ...input }));
  }

  async updateUser(id: number, input: UpdateUserInput): Promise<UserEntity> {
    const user = await this.mustFind(UserEntity, id, 'id');
    if (input.username !== undefined && input.username !== user.username)
      await this.assertUnique(UserEntity, 'username', input.username);
    return this.db.getRepository(UserEntity).save(Object.assign(user, dropUndefined(input)));
  }

  private async replaceSkills(tx: EntityManager, agentRef: number, skills: SkillInput[]): Promise<void> {
    await tx.getRepository(AgentSkillEntity).delete({ agentRef });
    if (skills.length === 0) return;
    await tx
      .getRepository(AgentSkillEntity)
      .insert(skills.map((s) => ({ agentRef, queueId: s.queueId, proficiency: s.proficiency })));
  }

  private async mustFindIn(tx: EntityManager, id: number): Promise<AgentEntity> {
    return tx
      .getRepository(AgentEntity)
      .findOneOrFail({ where: { id }, relations: { skills: { queue: true } } });
  }

  private async assertQueuesExist(skills: SkillInput[]): Promise<void> {
    const seen = new Set<number>();
    for (const [i, skill] of skills.entries()) {
      if (seen.has(skill.queueId))
        throw badInput([{ field: `skills.${i}.queueId`, reason: 'is listed twice' }]);
      seen.add(skill.queueId);
      await this.mustFind(QueueEntity, skill.queueId, `skills.${i}.queueId`);
    }
  }

  private async mustFind<T extends { id: number }>(
    entity: new () => T,
    id: number,
    field: string,
    relations?: Record<string, boolean>,
  ): Promise<T> {
    const found = await this.db
      .getRepository(entity)
      .findOne({ where: { id } as never, relations: relations as never });
    if (!found)
      throw badInput([
        { field, reason: `no ${entity.name.replace('Entity', '').toLowerCase()} with id ${id}` },
      ]);
    return found;
  }

  private async assertUnique<T extends object>(
    entity: new () => T,
    field: keyof T & string,
    value: unknown,
  ): Promise<void> {
    const exists = await this.db.getRepository(entity).exists({ where: { [field]: value } as never });
    if (exists) throw badInput([{ field, reason: `${JSON.stringify(value)} is already taken` }]);
  }
}

function dropUndefined<T extends object>(input: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as never;
}
