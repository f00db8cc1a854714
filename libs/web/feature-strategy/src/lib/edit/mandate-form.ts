import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, effect, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { AssignMandateGQL, UpdateMandateGQL } from '@regie/web/data-access/strategy';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { PlanOptionsStore } from './plan-options';

export interface EditableMandate {
  id: string;
  role: string;
  tasks?: string | null;
  responsibilities?: string | null;
  powers?: string | null;
  endsOn?: string | null;
  version: number;
  person: { name: string };
}

const TEXT = [Validators.maxLength(4000)];

/**
 * Writes down a driver's or co-driver's mandate: tasks, responsibilities and powers (the interim evaluation
 * found them unclear), or ends it. A new mandate names the person and role; a new driver ends the previous one.
 */
@Component({
  selector: 'regie-mandate-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  providers: [PlanOptionsStore],
  templateUrl: './mandate-form.html',
})
export class MandateForm {
  readonly themeId = input.required<string>();
  readonly regionId = input.required<string>();
  /** The mandate to change; without it the form assigns a new one. */
  readonly mandate = input<EditableMandate | null>(null);
  readonly closed = output<void>();

  private readonly assignMandate = inject(AssignMandateGQL);
  private readonly updateMandate = inject(UpdateMandateGQL);
  private readonly apollo = inject(Apollo);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('mandateForm');
  protected readonly optionsStore = inject(PlanOptionsStore);

  protected readonly idPrefix = computed(() => `mandate-form-${this.mandate()?.id ?? 'new'}`);
  protected readonly form = new FormGroup({
    personId: new FormControl('', { nonNullable: true }),
    role: new FormControl<string>('CO_DRIVER', { nonNullable: true }),
    startsOn: new FormControl('', { nonNullable: true }),
    endsOn: new FormControl('', { nonNullable: true }),
    tasks: new FormControl('', { nonNullable: true, validators: TEXT }),
    responsibilities: new FormControl('', { nonNullable: true, validators: TEXT }),
    powers: new FormControl('', { nonNullable: true, validators: TEXT }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  private baseVersion: number | null = null;

  constructor() {
    effect(() => this.optionsStore.regionId.set(this.regionId()));
    afterNextRender(() => {
      const mandate = this.mandate();
      if (mandate) {
        this.form.reset({ role: mandate.role, tasks: mandate.tasks ?? '', responsibilities: mandate.responsibilities ?? '', powers: mandate.powers ?? '', endsOn: mandate.endsOn ?? '' });
        this.baseVersion = mandate.version;
      } else {
        // Only a new mandate needs a person and a start; an existing one keeps them.
        for (const control of [this.form.controls.personId, this.form.controls.startsOn]) {
          control.addValidators(Validators.required);
          control.updateValueAndValidity();
        }
      }
      this.formElement()?.nativeElement.querySelector<HTMLElement>('select, textarea')?.focus();
    });
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const text = { tasks: value.tasks.trim() || null, responsibilities: value.responsibilities.trim() || null, powers: value.powers.trim() || null };
    const mandate = this.mandate();
    const options = { refetchQueries: ['ThemePage'], awaitRefetchQueries: true };
    const saved = await this.flow.save(() =>
      mandate
        ? firstValueFrom(this.updateMandate.mutate({ variables: { input: { id: mandate.id, version: this.baseVersion ?? mandate.version, ...text, endsOn: value.endsOn || null } }, ...options }))
        : firstValueFrom(this.assignMandate.mutate({ variables: { input: { themeId: this.themeId(), personId: value.personId, role: value.role, startsOn: value.startsOn, ...text } }, ...options })),
    );
    if (saved) this.closed.emit();
  }

  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['ThemePage'] }));
    this.baseVersion = this.mandate()?.version ?? this.baseVersion;
  }
}
