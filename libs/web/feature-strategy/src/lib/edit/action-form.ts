import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, effect, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { ActionEditFieldsFragment } from '@regie/web/data-access';
import { CreateActionGQL, UpdateActionGQL } from '@regie/web/data-access/strategy';
import { CheckboxGroup, FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { PlanOptionsStore } from './plan-options';

export const ACTION_PHASES = ['ANALYSIS', 'PLAN', 'EXECUTION', 'EMBEDDING', 'CLOSED'] as const;
export const ACTION_STATUSES = ['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE'] as const;

export type EditableAction = Pick<
  ActionEditFieldsFragment,
  'id' | 'title' | 'description' | 'analysis' | 'phase' | 'status' | 'startsOn' | 'endsOn' | 'version' | 'ownerOrganisation' | 'ownerPerson' | 'goals' | 'partners' | 'municipalities'
>;

const atLeastOne: ValidatorFn = (control) => ((control.value as string[]).length ? null : { required: true });

/**
 * Adds an action (effort) to a theme or changes one: the goals it serves, who owns it, who takes part,
 * its phase and status, and the analysis it rests on — what the interim evaluation found missing.
 */
@Component({
  selector: 'regie-action-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl, CheckboxGroup],
  providers: [PlanOptionsStore],
  templateUrl: './action-form.html',
})
export class ActionForm {
  readonly themeId = input.required<string>();
  readonly regionId = input.required<string>();
  readonly goals = input.required<ReadonlyArray<{ id: string; title: string }>>();
  /** The action to change; without it the form adds one. */
  readonly action = input<EditableAction | null>(null);
  /** For a new action: the goal under which the user opened the form. */
  readonly goalId = input<string | null>(null);
  readonly closed = output<void>();

  private readonly createAction = inject(CreateActionGQL);
  private readonly updateAction = inject(UpdateActionGQL);
  private readonly apollo = inject(Apollo);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('actionForm');
  protected readonly optionsStore = inject(PlanOptionsStore);

  protected readonly phases = ACTION_PHASES;
  protected readonly statuses = ACTION_STATUSES;
  protected readonly idPrefix = computed(() => `action-form-${this.action()?.id ?? 'new'}`);
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(300)] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
    goalIds: new FormControl<string[]>([], { nonNullable: true, validators: [atLeastOne] }),
    ownerOrganisationId: new FormControl('', { nonNullable: true }),
    ownerPersonId: new FormControl('', { nonNullable: true }),
    partnerIds: new FormControl<string[]>([], { nonNullable: true }),
    municipalityIds: new FormControl<string[]>([], { nonNullable: true }),
    phase: new FormControl<string>('ANALYSIS', { nonNullable: true }),
    status: new FormControl<string>('NOT_STARTED', { nonNullable: true }),
    analysis: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
    startsOn: new FormControl('', { nonNullable: true }),
    endsOn: new FormControl('', { nonNullable: true }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  /** The version the change is based on; after a conflict, the newest one the user has seen. */
  private baseVersion: number | null = null;

  protected readonly goalOptions = computed(() => this.goals().map((goal) => ({ id: goal.id, label: goal.title })));
  protected readonly organisationOptions = computed(() => (this.optionsStore.options()?.organisations ?? []).map((o) => ({ id: o.id, label: o.name })));
  protected readonly municipalityOptions = computed(() => (this.optionsStore.options()?.municipalities ?? []).map((m) => ({ id: m.id, label: m.name })));
  protected readonly persons = computed(() => this.optionsStore.options()?.persons ?? []);

  constructor() {
    effect(() => this.optionsStore.regionId.set(this.regionId()));
    afterNextRender(() => {
      const action = this.action();
      if (action) {
        this.form.reset({
          title: action.title,
          description: action.description ?? '',
          goalIds: action.goals.map((goal) => goal.id),
          ownerOrganisationId: action.ownerOrganisation?.id ?? '',
          ownerPersonId: action.ownerPerson?.id ?? '',
          partnerIds: action.partners.map((partner) => partner.id),
          municipalityIds: action.municipalities.map((municipality) => municipality.id),
          phase: action.phase,
          status: action.status,
          analysis: action.analysis ?? '',
          startsOn: action.startsOn ?? '',
          endsOn: action.endsOn ?? '',
        });
        this.baseVersion = action.version;
      } else if (this.goalId()) {
        this.form.controls.goalIds.setValue([this.goalId() as string]);
      }
      this.formElement()?.nativeElement.querySelector<HTMLElement>('input')?.focus();
    });
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const fields = {
      title: value.title.trim(),
      description: value.description.trim() || null,
      goalIds: value.goalIds,
      ownerOrganisationId: value.ownerOrganisationId || null,
      ownerPersonId: value.ownerPersonId || null,
      partnerIds: value.partnerIds,
      municipalityIds: value.municipalityIds,
      phase: value.phase,
      status: value.status,
      analysis: value.analysis.trim() || null,
      startsOn: value.startsOn || null,
      endsOn: value.endsOn || null,
    };
    const action = this.action();
    const options = { refetchQueries: ['ThemePage'], awaitRefetchQueries: true };
    const saved = await this.flow.save(() =>
      action
        ? firstValueFrom(this.updateAction.mutate({ variables: { input: { id: action.id, version: this.baseVersion ?? action.version, ...fields } }, ...options }))
        : firstValueFrom(this.createAction.mutate({ variables: { input: { themeId: this.themeId(), ...fields } }, ...options })),
    );
    if (saved) this.closed.emit();
  }

  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['ThemePage'] }));
    this.baseVersion = this.action()?.version ?? this.baseVersion;
  }
}
