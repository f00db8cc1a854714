import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, authorize, readableRegionIds, RegionEntity, UnauthenticatedError } from '@regie/api/core';
import { ActionEntity, ActionGoalEntity, ActionMunicipalityEntity } from '@regie/api/strategy';
import { actionPairOverlaps, ActionReach, localApproachOverlaps } from '@regie/domain';
import { DataSource, In } from 'typeorm';
import { ParticipationEntity } from '../participation/participation.entity';
import { OverlapSignal } from './overlap-signal.model';

/** Runs the overlap rules of @regie/domain over a region's actions and own local approaches. */
@Injectable()
export class OverlapSignalsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forRegion(actor: Actor, regionId?: string | null): Promise<OverlapSignal[]> {
    if (!actor.principal) throw new UnauthenticatedError();
    // ADMIN reads every region (readableRegionIds answers null).
    const regions = regionId ? [regionId] : (readableRegionIds(actor) ?? (await this.dataSource.getRepository(RegionEntity).find()).map((region) => region.id));
    for (const region of regions) authorize(actor, 'read', 'OverlapSignal', { regionId: region });
    if (!regions.length) return [];

    const actions = await this.dataSource.getRepository(ActionEntity).find({ where: { regionId: In(regions) }, order: { title: 'ASC' } });
    const actionIds = actions.map((action) => action.id);
    const [goalLinks, municipalityLinks, approaches] = actionIds.length
      ? await Promise.all([
          this.dataSource.getRepository(ActionGoalEntity).findBy({ actionId: In(actionIds) }),
          this.dataSource.getRepository(ActionMunicipalityEntity).findBy({ actionId: In(actionIds) }),
          this.dataSource.getRepository(ParticipationEntity).findBy({ regionId: In(regions), level: 'OWN_APPROACH' }),
        ])
      : [[], [], []];
    const reach: ActionReach[] = actions.map((action) => ({
      actionId: action.id,
      goalIds: goalLinks.filter((link) => link.actionId === action.id).map((link) => link.goalId),
      municipalityIds: municipalityLinks.filter((link) => link.actionId === action.id).map((link) => link.municipalityId),
    }));
    const goalsOf = new Map(reach.map((row) => [row.actionId, row.goalIds]));
    const participationById = new Map(approaches.map((row) => [row.id, row]));
    // An own approach targets its recorded goal, or else the goals of the regional action it replaces.
    const local = localApproachOverlaps(
      approaches.map((row) => ({ participationId: row.id, municipalityId: row.municipalityId, goalIds: row.localGoalId ? [row.localGoalId] : row.actionId ? (goalsOf.get(row.actionId) ?? []) : [] })),
      reach,
    );
    return [...local, ...actionPairOverlaps(reach)].map((signal) =>
      signal.kind === 'LOCAL_APPROACH_DUPLICATES_ACTION'
        ? { kind: signal.kind, goalId: signal.goalId, actionId: signal.actionId, otherActionId: null, participationId: signal.participationId, localApproach: participationById.get(signal.participationId)?.localApproach ?? null, municipalityIds: [signal.municipalityId] }
        : { kind: signal.kind, goalId: signal.goalId, actionId: signal.actionId, otherActionId: signal.otherActionId, participationId: null, localApproach: null, municipalityIds: signal.municipalityIds },
    );
  }
}
