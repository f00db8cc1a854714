import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, ConflictError, decodeUpload, definedFields, NotFoundError, UnauthenticatedError } from '@regie/api/core';
import { ivpProblems, PDF_OR_DOCX } from '@regie/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { LocalFitScopes } from '../local-fit-scope';
import { readable, regionFilter } from '../readable';
import { refuseOnProblems } from '../rule-problems';
import { IvpEntity, IvpPriorityEntity } from './ivp.entity';
import { AddIvpPriorityInput, CreateIvpInput, UpdateIvpInput, UpdateIvpPriorityInput, UploadIvpDocumentInput } from './ivp.model';

const IVP_FIELDS = ['title', 'periodStart', 'periodEnd', 'adoptedOn', 'adoptionReference', 'linkUrl'] as const;
const NO_DOCUMENT = { documentFileName: null, documentMediaType: null, documentSizeBytes: null, documentContent: null };

/** The IVP register: each municipality's integral safety plans and their priorities. */
@Injectable()
export class IvpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly scopes: LocalFitScopes,
  ) {}

  async ofMunicipality(actor: Actor, municipalityId: string): Promise<IvpEntity[]> {
    const regions = regionFilter(actor);
    const rows = await this.dataSource.getRepository(IvpEntity).find({ where: { municipalityId, ...(regions ? { regionId: In(regions) } : {}) }, order: { periodStart: 'DESC' } });
    return readable(actor, 'Ivp', rows);
  }

  create(actor: Actor, input: CreateIvpInput): Promise<IvpEntity> {
    return this.dataSource.transaction(async (manager) => {
      const municipality = await this.scopes.municipality(manager, input.municipalityId);
      authorize(actor, 'create', 'Ivp', { regionId: municipality.regionId, municipalityId: municipality.id });
      const values: Partial<IvpEntity> = { ...definedFields(input, [...IVP_FIELDS]), title: input.title.trim(), municipalityId: municipality.id, regionId: municipality.regionId };
      refuseOnProblems(ivpProblems({ ...input, ...values }));
      return this.writes.create(manager, actor, IvpEntity, values, { entityType: 'Ivp', regionId: municipality.regionId });
    });
  }

  update(actor: Actor, input: UpdateIvpInput): Promise<IvpEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.scopes.found(manager, IvpEntity, input.id, 'Ivp');
      authorize(actor, 'update', 'Ivp', before);
      const changes: Partial<IvpEntity> = { ...definedFields(input, [...IVP_FIELDS]), ...(input.removeDocument ? NO_DOCUMENT : {}) };
      refuseOnProblems(ivpProblems({ ...before, ...changes }));
      return this.writes.update(manager, actor, IvpEntity, before, input.version, changes, { entityType: 'Ivp', regionId: before.regionId });
    });
  }

  /** Keeps the plan itself as a file (PDF or DOCX), replacing an earlier one; the audit trail holds only its name and size. */
  uploadDocument(actor: Actor, input: UploadIvpDocumentInput): Promise<IvpEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.scopes.found(manager, IvpEntity, input.ivpId, 'Ivp');
      authorize(actor, 'update', 'Ivp', before);
      const file = decodeUpload(input, PDF_OR_DOCX);
      const changes = { documentFileName: file.fileName, documentMediaType: file.mediaType, documentSizeBytes: file.content.length, documentContent: file.content };
      return this.writes.update(manager, actor, IvpEntity, before, input.version, changes, { entityType: 'Ivp', regionId: before.regionId });
    });
  }

  /** The file itself, for the download route, with the IVP's read policy. */
  async documentContent(actor: Actor, ivpId: string): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
    if (!actor.principal) throw new UnauthenticatedError();
    const ivp = await this.dataSource.getRepository(IvpEntity).createQueryBuilder('ivp').addSelect('ivp.documentContent').where('ivp.id = :ivpId', { ivpId }).getOne();
    if (!ivp) throw new NotFoundError('Ivp', ivpId);
    authorize(actor, 'read', 'Ivp', ivp);
    if (!ivp.documentContent || !ivp.documentFileName || !ivp.documentMediaType) throw new NotFoundError('IvpDocument', ivpId);
    return { fileName: ivp.documentFileName, mediaType: ivp.documentMediaType, content: ivp.documentContent };
  }

  addPriority(actor: Actor, input: AddIvpPriorityInput): Promise<IvpPriorityEntity> {
    return this.dataSource.transaction(async (manager) => {
      const ivp = await this.scopes.found(manager, IvpEntity, input.ivpId, 'Ivp');
      authorize(actor, 'update', 'Ivp', ivp);
      if (input.themeId) await this.themeOfRegion(manager, input.themeId, ivp.regionId);
      const position = (await manager.countBy(IvpPriorityEntity, { ivpId: ivp.id })) + 1;
      const values = { ivpId: ivp.id, regionId: ivp.regionId, municipalityId: ivp.municipalityId, title: input.title, safetyField: input.safetyField, themeId: input.themeId ?? null, position };
      return this.writes.create(manager, actor, IvpPriorityEntity, values, { entityType: 'IvpPriority', regionId: ivp.regionId });
    });
  }

  updatePriority(actor: Actor, input: UpdateIvpPriorityInput): Promise<IvpPriorityEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.scopes.found(manager, IvpPriorityEntity, input.id, 'IvpPriority');
      authorize(actor, 'update', 'Ivp', before);
      if (input.themeId) await this.themeOfRegion(manager, input.themeId, before.regionId);
      const changes: Partial<IvpPriorityEntity> = definedFields({ ...input, title: input.title?.trim() }, ['title', 'safetyField', 'themeId']);
      return this.writes.update(manager, actor, IvpPriorityEntity, before, input.version, changes, { entityType: 'IvpPriority', regionId: before.regionId });
    });
  }

  /** Deletes a priority; with the version the user saw, a priority changed meanwhile is a CONFLICT rather than lost unseen. */
  deletePriority(actor: Actor, id: string, version?: number | null): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const priority = await this.scopes.found(manager, IvpPriorityEntity, id, 'IvpPriority');
      authorize(actor, 'update', 'Ivp', priority);
      if (version != null && version !== priority.version) throw new ConflictError('IvpPriority');
      await this.writes.delete(manager, actor, IvpPriorityEntity, priority, { entityType: 'IvpPriority', regionId: priority.regionId });
      return true;
    });
  }

  prioritiesOf(ivpIds: readonly string[]): Promise<IvpPriorityEntity[]> {
    return this.dataSource.getRepository(IvpPriorityEntity).find({ where: { ivpId: In([...ivpIds]) }, order: { position: 'ASC' } });
  }

  /** A theme of another region is simply not found. */
  private async themeOfRegion(manager: EntityManager, themeId: string, regionId: string): Promise<void> {
    const theme = await this.scopes.theme(manager, themeId);
    if (theme.regionId !== regionId) throw new NotFoundError('Theme', themeId);
  }
}
