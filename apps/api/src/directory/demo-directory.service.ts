import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { defaultQueueSettings } from '@servicefloor/contracts';
import { DataSource } from 'typeorm';
import type { DirectorySeed } from './demo-directory.js';
import { AgentSkillEntity } from './entities/agent-skill.entity.js';
import { AgentEntity } from './entities/agent.entity.js';
import { QueueEntity } from './entities/queue.entity.js';
import { SiteEntity } from './entities/site.entity.js';
import { TeamEntity } from './entities/team.entity.js';

/** Creates a whole directory in one transaction, when the database has no site yet. */
@Injectable()
export class DemoDirectoryService {
  private readonly logger = new Logger(DemoDirectoryService.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Returns true when it created the directory, false when one existed already. */
  async createIfEmpty(seed: DirectorySeed): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      if ((await tx.getRepository(SiteEntity).count()) > 0) return false;
      const siteIds = new Map<string, number>();
      for (const site of seed.sites)
        siteIds.set(site.name, (await tx.getRepository(SiteEntity).save(site)).id);
      const queueIds = new Map<string, number>();
      for (const q of seed.queues) {
        const saved = await tx.getRepository(QueueEntity).save({
          name: q.name,
          channel: q.channel,
          siteId: must(siteIds, q.site),
          ...defaultQueueSettings(q.channel),
          alertMaxDepth: q.channel === 'CLAIM_DESK' ? null : 20,
          alertMaxWaitSeconds: q.channel === 'CLAIM_DESK' ? null : q.channel === 'HOTLINE' ? 120 : 300,
        });
        queueIds.set(q.name, saved.id);
      }
      const teamIds = new Map<string, number>();
      for (const t of seed.teams) {
        teamIds.set(
          t.name,
          (await tx.getRepository(TeamEntity).save({ name: t.name, siteId: must(siteIds, t.site) })).id,
        );
      }
      for (const chunk of chunks(seed.agents, 200)) {
        const result = await tx
          .getRepository(AgentEntity)
          .insert(chunk.map((a) => ({ agentId: a.agentId, name: a.name, teamId: must(teamIds, a.team) })));
        const skills = chunk.flatMap((a, i) =>
          a.skills.map((s) => ({
            agentRef: Number(result.identifiers[i].id),
            queueId: must(queueIds, s.queue),
            proficiency: s.proficiency,
          })),
        );
        for (const part of chunks(skills, 200)) await tx.getRepository(AgentSkillEntity).insert(part);
      }
      this.logger.log(
        `Created the demo directory: ${seed.sites.length} sites, ${seed.queues.length} queues, ${seed.teams.length} teams, ${seed.agents.length} agents`,
      );
      return true;
    });
  }
}

function must(map: Map<string, number>, key: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo directory refers to unknown ${JSON.stringify(key)}`);
  return id;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
