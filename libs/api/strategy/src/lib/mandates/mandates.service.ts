import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, definedFields, NotFoundError, PersonEntity, ValidationError } from '@regie/api/core';
import { DataSource, In, IsNull } from 'typeorm';
import { PlanScopes } from '../plan-scope';
import { ThemeMandateEntity } from './theme-mandate.entity';
import { AssignMandateInput, UpdateMandateInput } from './theme-mandate.model';

const dayBefore = (isoDate: string) => new Date(Date.parse(isoDate) - 86_400_000).toISOString().slice(0, 10);

/** A mandate is in force on `day` when it has started and not ended. */
export const inForce = (mandate: Pick<ThemeMandateEntity, 'startsOn' | 'endsOn'>, day: string) => mandate.startsOn <= day && (mandate.endsOn === null || mandate.endsOn >= day);

@Injectable()
export class MandatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly scopes: PlanScopes,
  ) {}

  /** A theme has one driver at a time: assigning a new one ends the current driver's mandate the day before. */
  assign(actor: Actor, input: AssignMandateInput): Promise<ThemeMandateEntity> {
    return this.dataSource.transaction(async (manager) => {
      const theme = await this.scopes.theme(manager, input.themeId);
      const scope = { regionId: theme.regionId, themeId: theme.id };
      authorize(actor, 'create', 'ThemeMandate', scope);
      const person = await manager.findOneBy(PersonEntity, { id: input.personId });
      if (person?.regionId !== theme.regionId) {
        throw new ValidationError([{ field: 'personId', messageKey: 'validation.personOutsideRegion', message: 'The person is not in this region.' }]);
      }
      if (input.role === 'DRIVER') {
        const current = await manager.findBy(ThemeMandateEntity, { themeId: theme.id, role: 'DRIVER', endsOn: IsNull() });
        for (const mandate of current) {
          if (mandate.startsOn >= input.startsOn) {
            throw new ValidationError([{ field: 'startsOn', messageKey: 'validation.mandateOverlap', message: 'The current driver started on or after this date.' }]);
          }
          await this.writes.update(manager, actor, ThemeMandateEntity, mandate, mandate.version, { endsOn: dayBefore(input.startsOn) }, { entityType: 'ThemeMandate', regionId: theme.regionId });
        }
      }
      return this.writes.create(manager, actor, ThemeMandateEntity, { ...input, ...scope }, { entityType: 'ThemeMandate', regionId: theme.regionId });
    });
  }

  update(actor: Actor, input: UpdateMandateInput): Promise<ThemeMandateEntity> {
    return this.dataSource.transaction(async (manager) => {
      const mandate = await manager.findOneBy(ThemeMandateEntity, { id: input.id });
      if (!mandate) throw new NotFoundError('ThemeMandate', input.id);
      authorize(actor, 'update', 'ThemeMandate', mandate);
      if (input.endsOn && input.endsOn < mandate.startsOn) {
        throw new ValidationError([{ field: 'endsOn', messageKey: 'validation.endBeforeStart', message: 'The end lies before the start.' }]);
      }
      const changes = definedFields(input, ['tasks', 'responsibilities', 'powers', 'endsOn']);
      return this.writes.update(manager, actor, ThemeMandateEntity, mandate, input.version, changes, { entityType: 'ThemeMandate', regionId: mandate.regionId });
    });
  }

  /** Every mandate, current and ended, oldest first. */
  ofThemes(themeIds: readonly string[]): Promise<ThemeMandateEntity[]> {
    return this.dataSource.getRepository(ThemeMandateEntity).find({ where: { themeId: In([...themeIds]) }, order: { startsOn: 'ASC', role: 'DESC' } });
  }
}
