import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SpecialDay as LibSpecialDay } from '@servicefloor/forecast';
import { DataSource } from 'typeorm';
import { badInput } from '../common/validation.js';
import { QueueEntity } from '../directory/entities/queue.entity.js';
import type { QueueInfo } from '../ingest/queue-info.js';
import type { SpecialDayInput, UpdateSpecialDayInput } from './dto/planning.inputs.js';
import { SpecialDayEntity } from './entities/special-day.entity.js';
import type { SpecialDay } from './models/forecast.models.js';
import { isDate } from './zone.js';

/** Stored special days (holidays, promotions, outages): reads, validated edits, and which apply to a queue. */
@Injectable()
export class SpecialDaysService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(): Promise<SpecialDay[]> {
    const rows = await this.db
      .getRepository(SpecialDayEntity)
      .find({ order: { fromDate: 'ASC', id: 'ASC' }, relations: { queue: true } });
    return rows.map(toModel);
  }

  /** The special days that apply to `queue`: its own, its channel's and those of every queue. */
  forQueue(all: readonly SpecialDay[], queue: QueueInfo): SpecialDay[] {
    return all.filter(
      (d) =>
        (d.queue === null || d.queue === queue.name) && (d.channel === null || d.channel === queue.channel),
    );
  }

  async create(input: SpecialDayInput): Promise<SpecialDay> {
    const repo = this.db.getRepository(SpecialDayEntity);
    const entity = repo.create({
      fromDate: input.from,
      toDate: input.to ?? input.from,
      multiplier: input.multiplier,
      label: input.label,
      queueId: await this.queueId(input.queue ?? null),
      channel: input.channel ?? null,
    });
    checkDates(entity);
    const saved = await repo.save(entity);
    return this.one(saved.id);
  }

  async update(id: number, input: UpdateSpecialDayInput): Promise<SpecialDay> {
    const repo = this.db.getRepository(SpecialDayEntity);
    const entity = await repo.findOne({ where: { id } });
    if (!entity) throw badInput([{ field: 'id', reason: `no special day ${id}` }]);
    if (input.from !== undefined) entity.fromDate = input.from;
    if (input.to !== undefined) entity.toDate = input.to;
    else if (input.from !== undefined && entity.toDate < input.from) entity.toDate = input.from;
    if (input.multiplier !== undefined) entity.multiplier = input.multiplier;
    if (input.label !== undefined) entity.label = input.label;
    if (input.queue !== undefined) entity.queueId = await this.queueId(input.queue);
    if (input.channel !== undefined) entity.channel = input.channel;
    checkDates(entity);
    await repo.save(entity);
    return this.one(id);
  }

  async remove(id: number): Promise<boolean> {
    const result = await this.db.getRepository(SpecialDayEntity).delete({ id });
    if (!result.affected) throw badInput([{ field: 'id', reason: `no special day ${id}` }]);
    return true;
  }

  private async one(id: number): Promise<SpecialDay> {
    const row = await this.db
      .getRepository(SpecialDayEntity)
      .findOneOrFail({ where: { id }, relations: { queue: true } });
    return toModel(row);
  }

  private async queueId(name: string | null): Promise<number | null> {
    if (name === null) return null;
    const queue = await this.db.getRepository(QueueEntity).findOne({ where: { name } });
    if (!queue) throw badInput([{ field: 'queue', reason: `unknown queue ${JSON.stringify(name)}` }]);
    return queue.id;
  }
}

/** As libs/forecast takes them. */
export function toLibSpecialDays(days: readonly SpecialDay[]): LibSpecialDay[] {
  return days.map((d) => ({ from: d.from, to: d.to, multiplier: d.multiplier, label: d.label }));
}

function toModel(row: SpecialDayEntity): SpecialDay {
  return {
    id: row.id,
    from: row.fromDate,
    to: row.toDate,
    multiplier: row.multiplier,
    label: row.label,
    queue: row.queue?.name ?? null,
    channel: row.channel,
  };
}

function checkDates(entity: SpecialDayEntity): void {
  if (!isDate(entity.fromDate)) throw badInput([{ field: 'from', reason: 'must be a real calendar date' }]);
  if (!isDate(entity.toDate)) throw badInput([{ field: 'to', reason: 'must be a real calendar date' }]);
  if (entity.toDate < entity.fromDate)
    throw badInput([{ field: 'to', reason: `must not be before from (${entity.fromDate})` }]);
}
