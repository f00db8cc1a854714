import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore, queryResource } from '@regie/web/data-access';
import { CreateStrategyGQL, StrategyFormGQL, UpdateStrategyGQL } from '@regie/web/data-access/strategy';
import { Alert, FieldControl, FormField, FormProblems, LoadState } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';

export const STRATEGY_STATUSES = ['DRAFT', 'ADOPTED', 'REVISED', 'CLOSED'] as const;

/**
 * A new strategy (a concept, optionally with the structure of an earlier one) or the title, period,
 * status and Regionaal College adoption of an existing one. Bureau work; the API checks it again.
 */
@Component({
  selector: 'regie-strategy-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, Alert, FormProblems, FormField, FieldControl, LoadState],
  templateUrl: './strategy-form-page.html',
})
export class StrategyFormPage {
  /** Route parameter; absent on /strategieen/nieuw. */
  readonly id = input<string | undefined>(undefined);

  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly createStrategy = inject(CreateStrategyGQL);
  private readonly updateStrategy = inject(UpdateStrategyGQL);
  private readonly query = inject(StrategyFormGQL).watch({ fetchPolicy: 'cache-and-network' });
  protected readonly resource = queryResource(this.query.valueChanges, (data) => data);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('strategyForm');

  protected readonly loading = this.resource.loading;
  protected readonly loadProblem = this.resource.problem;
  protected readonly statuses = STRATEGY_STATUSES;
  protected readonly regions = computed(() => (this.resource.value()?.regions ?? []).filter((region) => this.session.can('create', 'Strategy', { regionId: region.id })));
  protected readonly strategy = computed(() => this.resource.value()?.strategies.find((strategy) => strategy.id === this.id()));
  protected readonly notFound = computed(() => this.id() !== undefined && this.resource.value() !== undefined && !this.strategy());
  protected readonly allowed = computed(() => {
    const strategy = this.strategy();
    return strategy ? this.session.can('update', 'Strategy', { regionId: strategy.regionId }) : this.regions().length > 0;
  });

  protected readonly form = new FormGroup({
    regionId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(300)] }),
    periodStart: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    periodEnd: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    copyFromStrategyId: new FormControl('', { nonNullable: true }),
    status: new FormControl<string>('DRAFT', { nonNullable: true }),
    adoptedOn: new FormControl('', { nonNullable: true }),
    adoptedBy: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(300)] }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  /** Earlier strategies of the chosen region, to copy the structure from. */
  protected readonly copySources = computed(() => (this.resource.value()?.strategies ?? []).filter((strategy) => strategy.regionId === this.chosenRegion()));
  private readonly chosenRegion = signal('');
  private readonly baseVersion = signal<number | null>(null);

  constructor() {
    this.form.controls.regionId.valueChanges.subscribe((regionId) => this.chosenRegion.set(regionId));
    // Fill the form once, when the data first arrives; later cache updates must not overwrite input.
    effect(() => {
      const strategy = this.strategy();
      const regions = this.regions();
      untracked(() => {
        if (strategy && this.baseVersion() === null) {
          this.form.reset({ ...strategy, adoptedOn: strategy.adoptedOn ?? '', adoptedBy: strategy.adoptedBy ?? '', copyFromStrategyId: '' });
          this.baseVersion.set(strategy.version);
        } else if (!this.id() && regions.length && !this.form.controls.regionId.value) {
          this.form.controls.regionId.setValue(regions[0].id);
        }
      });
    });
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const strategy = this.strategy();
    const common = { title: value.title.trim(), periodStart: value.periodStart, periodEnd: value.periodEnd };
    const saved = await this.flow.save(() =>
      strategy
        ? firstValueFrom(
            this.updateStrategy.mutate({
              variables: {
                input: { id: strategy.id, version: this.baseVersion() ?? strategy.version, ...common, status: value.status, adoptedOn: value.adoptedOn || null, adoptedBy: value.adoptedBy.trim() || null },
              },
              refetchQueries: ['StrategyOverview', 'StrategyForm'],
              awaitRefetchQueries: true,
            }),
          )
        : firstValueFrom(
            this.createStrategy.mutate({
              variables: { input: { regionId: value.regionId, ...common, copyFromStrategyId: value.copyFromStrategyId || null } },
              refetchQueries: ['StrategyOverview', 'StrategyForm'],
              awaitRefetchQueries: true,
            }),
          ),
    );
    if (saved) await this.router.navigate(['/']);
  }

  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.query.refetch());
    this.baseVersion.set(this.strategy()?.version ?? null);
  }
}
