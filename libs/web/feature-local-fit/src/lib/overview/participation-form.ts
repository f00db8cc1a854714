import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { PARTICIPATION_LEVELS, ParticipationLevel, participationProblems } from '@regie/domain';
import { CreateParticipationGQL, UpdateParticipationGQL } from '@regie/web/data-access/local-fit';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow, setErrorKey } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import type { ThemeParticipation } from './our-municipality-store';

/** How the municipality takes part in a theme or one of its regional actions: level, own approach, contact, capacity, budget, since. */
@Component({
  selector: 'regie-participation-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  templateUrl: './participation-form.html',
})
export class ParticipationForm {
  readonly municipalityId = input.required<string>();
  readonly themeId = input.required<string>();
  /** A regional action of the theme; without it the form is about the theme as a whole. */
  readonly actionId = input<string | null>(null);
  readonly participation = input<ThemeParticipation | null>(null);
  readonly closed = output<void>();

  private readonly create = inject(CreateParticipationGQL);
  private readonly update = inject(UpdateParticipationGQL);
  private readonly apollo = inject(Apollo);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('participationForm');
  protected readonly levels = PARTICIPATION_LEVELS;
  protected readonly idPrefix = computed(() => `participation-${this.actionId() ?? this.themeId()}`);
  protected readonly form = new FormGroup({
    level: new FormControl<ParticipationLevel>('FULL', { nonNullable: true }),
    localApproach: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
    contactName: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    capacityFte: new FormControl<number | null>(null, { validators: [Validators.min(0)] }),
    budgetEuro: new FormControl<number | null>(null, { validators: [Validators.min(0)] }),
    since: new FormControl('', { nonNullable: true }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  private baseVersion: number | null = null;

  constructor() {
    afterNextRender(() => {
      const current = this.participation();
      if (!current) return;
      this.form.reset({
        level: current.level as ParticipationLevel,
        localApproach: current.localApproach ?? '',
        contactName: current.contactName ?? '',
        capacityFte: current.capacityFte ?? null,
        budgetEuro: current.budgetEuro ?? null,
        since: current.since ?? '',
      });
      this.baseVersion = current.version;
    });
  }

  protected async save(): Promise<void> {
    const values = this.form.getRawValue();
    // A rule across fields, explained on the approach before sending; first drop its verdict on an earlier choice.
    this.form.controls.localApproach.updateValueAndValidity();
    for (const problem of participationProblems(values)) setErrorKey(this.form.controls.localApproach, problem.messageKey);
    const fields = {
      level: values.level,
      localApproach: values.localApproach.trim() || null,
      contactName: values.contactName.trim() || null,
      capacityFte: values.capacityFte,
      budgetEuro: values.budgetEuro,
      since: values.since || null,
    };
    const current = this.participation();
    const options = { refetchQueries: ['OurMunicipality'], awaitRefetchQueries: true };
    const saved = await this.flow.save(() =>
      current
        ? firstValueFrom(this.update.mutate({ variables: { input: { id: current.id, version: this.baseVersion ?? current.version, ...fields } }, ...options }))
        : firstValueFrom(this.create.mutate({ variables: { input: { municipalityId: this.municipalityId(), themeId: this.themeId(), actionId: this.actionId(), ...fields } }, ...options })),
    );
    if (saved) this.closed.emit();
  }

  /** After a conflict: load the newest version, keep the input, and base the next save on it. */
  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['OurMunicipality'] }));
    this.baseVersion = this.participation()?.version ?? this.baseVersion;
  }
}
