import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, ConflictError, NotFoundError, readableRegionIds, RegionEntity, UnauthenticatedError, UserEntity } from '@regie/api/core';
import { ActionEntity, ActionGoalEntity, ActionMunicipalityEntity } from '@regie/api/strategy';
import { actionPairOverlaps, ActionReach, localApproachOverlaps, overlapSignalFacts } from '@regie/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { ParticipationEntity } from '../participation/participation.entity';
import { refuseOnProblems } from '../rule-problems';
import { OverlapSignalHandlingEntity } from './overlap-signal-handling.entity';
import { HandleOverlapSignalInput, OverlapSignal, ReopenOverlapSignalInput } from './overlap-signal.model';

/** A fixed-length key for the facts of a signal: the facts of a pair in a large region run to kilobytes. */
const keyOf = (facts: string) => createHash('sha256').update(facts).digest('hex');

/** Runs the overlap rules of @regie/domain over a region's actions and own local approaches; the bureau marks them handled. */
@Injectable()
export class OverlapSignalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
  ) {}

  forRegion(actor: Actor, regionId?: string | null): Promise<OverlapSignal[]> {
    return this.signalsOf(this.dataSource.manager, actor, regionId);
  }

  /** Marks a current signal discussed/handled with a note, or changes the note of its mark (under its version). */
  handle(actor: Actor, input: HandleOverlapSignalInput): Promise<OverlapSignalHandlingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const signal = (await this.signalsOf(manager, actor, null)).find((candidate) => candidate.key === input.signalKey);
      if (!signal) throw new NotFoundError('OverlapSignal', input.signalKey);
      authorize(actor, 'update', 'OverlapSignal', { regionId: signal.regionId });
      const note = input.note.trim();
      if (note.length < 2) refuseOnProblems([{ field: 'note', messageKey: 'localFit.validation.noteRequired' }]);
      const author = actor.principal?.userId ? await manager.findOneBy(UserEntity, { id: actor.principal.userId }) : null;
      const mark = { note, handledByUserId: author?.id ?? null, handledByName: author?.name ?? 'Regie', handledAt: new Date() };
      const scope = { entityType: 'OverlapSignalHandling', regionId: signal.regionId };
      const existing = await manager.findOneBy(OverlapSignalHandlingEntity, { regionId: signal.regionId, signalKey: signal.key });
      // Marking an open signal that someone else marked meanwhile is a conflict, as is a stale version.
      if (existing && !input.version) throw new ConflictError('OverlapSignalHandling');
      if (existing) return this.writes.update(manager, actor, OverlapSignalHandlingEntity, existing, input.version as number, mark, scope);
      if (input.version) throw new ConflictError('OverlapSignalHandling');
      try {
        return await this.writes.create(manager, actor, OverlapSignalHandlingEntity, { ...mark, regionId: signal.regionId, signalKey: signal.key, kind: signal.kind }, scope);
      } catch (error) {
        // Two marks at once: the unique (region, key) index lets one win; the other is told to reload.
        if ((error as { code?: string }).code === '23505') throw new ConflictError('OverlapSignalHandling');
        throw error;
      }
    });
  }

  /** Removes the mark, so the signal is open again; a stale version is a CONFLICT. */
  reopen(actor: Actor, input: ReopenOverlapSignalInput): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(OverlapSignalHandlingEntity, { where: { id: input.handlingId }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('OverlapSignalHandling', input.handlingId);
      authorize(actor, 'update', 'OverlapSignal', { regionId: existing.regionId });
      if (existing.version !== input.version) throw new ConflictError('OverlapSignalHandling');
      await this.writes.delete(manager, actor, OverlapSignalHandlingEntity, existing, { entityType: 'OverlapSignalHandling', regionId: existing.regionId });
      return true;
    });
  }

  /** The signals of the regions asked for (or all the actor reads), each with its key and the bureau's mark. One manager, one query at a time. */
  private async signalsOf(manager: EntityManager, actor: Actor, regionId?: string | null): Promise<OverlapSignal[]> {
    if (!actor.principal) throw new UnauthenticatedError();
    // ADMIN reads every region (readableRegionIds answers null).
    const regions = regionId ? [regionId] : (readableRegionIds(actor) ?? (await manager.find(RegionEntity)).map((region) => region.id));
    for (const region of regions) authorize(actor, 'read', 'OverlapSignal', { regionId: region });
    if (!regions.length) return [];

    const actions = await manager.find(ActionEntity, { where: { regionId: In(regions) }, order: { title: 'ASC' } });
    if (!actions.length) return [];
    const actionIds = actions.map((action) => action.id);
    const goalLinks = await manager.findBy(ActionGoalEntity, { actionId: In(actionIds) });
    const municipalityLinks = await manager.findBy(ActionMunicipalityEntity, { actionId: In(actionIds) });
    const approaches = await manager.findBy(ParticipationEntity, { regionId: In(regions), level: 'OWN_APPROACH' });
    const handlings = await manager.findBy(OverlapSignalHandlingEntity, { regionId: In(regions) });

    const reach: ActionReach[] = actions.map((action) => ({
      actionId: action.id,
      goalIds: goalLinks.filter((link) => link.actionId === action.id).map((link) => link.goalId),
      municipalityIds: municipalityLinks.filter((link) => link.actionId === action.id).map((link) => link.municipalityId),
    }));
    const goalsOf = new Map(reach.map((row) => [row.actionId, row.goalIds]));
    const regionOf = new Map(actions.map((action) => [action.id, action.regionId]));
    const participationById = new Map(approaches.map((row) => [row.id, row]));
    const handlingOf = new Map(handlings.map((row) => [`${row.regionId}|${row.signalKey}`, row]));
    // An own approach targets its recorded goal, or else the goals of the regional action it replaces.
    const local = localApproachOverlaps(
      approaches.map((row) => ({ participationId: row.id, municipalityId: row.municipalityId, goalIds: row.localGoalId ? [row.localGoalId] : row.actionId ? (goalsOf.get(row.actionId) ?? []) : [] })),
      reach,
    );
    return [...local, ...actionPairOverlaps(reach)].map((signal) => {
      const key = keyOf(overlapSignalFacts(signal));
      const region = regionOf.get(signal.actionId) as string;
      const common = { key, regionId: region, kind: signal.kind, goalId: signal.goalId, actionId: signal.actionId, handling: handlingOf.get(`${region}|${key}`) ?? null };
      return signal.kind === 'LOCAL_APPROACH_DUPLICATES_ACTION'
        ? { ...common, otherActionId: null, participationId: signal.participationId, localApproach: participationById.get(signal.participationId)?.localApproach ?? null, municipalityIds: [signal.municipalityId] }
        : { ...common, otherActionId: signal.otherActionId, participationId: null, localApproach: null, municipalityIds: signal.municipalityIds };
    });
  }
}
