import { Injectable, inject, signal } from '@angular/core';
import { MunicipalityFieldsFragment, SessionStore, UpdateMunicipalityInput, queryResource } from '@regie/web/data-access';
import { MunicipalitiesGQL, UpdateMunicipalityGQL } from '@regie/web/data-access/directory';
import { firstValueFrom } from 'rxjs';

export type Municipality = MunicipalityFieldsFragment;
/** The region's municipalities, shared by the list and the edit page of one visit. */
@Injectable()
export class MunicipalitiesStore {
  private readonly session = inject(SessionStore);
  private readonly update = inject(UpdateMunicipalityGQL);
  private readonly query = inject(MunicipalitiesGQL).watch();
  private readonly resource = queryResource(this.query.valueChanges, (data) => data.municipalities);

  readonly municipalities = this.resource.value;
  readonly loading = this.resource.loading;
  readonly problem = this.resource.problem;

  private readonly lastSavedName = signal<string | null>(null);
  /** The municipality just saved, for the list to confirm it once. */
  readonly lastSaved = this.lastSavedName.asReadonly();

  /** The shared policy, record by record: a municipality official may edit only their own municipality. */
  canEdit(municipality: Municipality): boolean {
    return this.session.can('update', 'Municipality', { id: municipality.id, regionId: municipality.regionId });
  }

  find(id: string): Municipality | undefined {
    return this.municipalities()?.find((municipality) => municipality.id === id);
  }

  /** Fetches the current values from the server (after someone else changed them). */
  async reload(): Promise<void> {
    await this.query.refetch();
  }

  /** Saves and remembers the name for the list to confirm; a refusal is thrown for the form to read. */
  async save(input: UpdateMunicipalityInput): Promise<Municipality> {
    const result = await firstValueFrom(this.update.mutate({ variables: { input } }));
    const saved = result.data?.updateMunicipality;
    if (!saved) throw new Error('The answer holds no municipality.');
    this.lastSavedName.set(saved.name);
    return saved;
  }

  acknowledgeSaved(): void {
    this.lastSavedName.set(null);
  }
}
