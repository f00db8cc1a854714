import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { SAFETY_FIELDS, SafetyField } from '@regie/domain';
import { IvpFieldsFragment } from '@regie/web/data-access';
import { AddIvpPriorityGQL, DeleteIvpPriorityGQL, UpdateIvpPriorityGQL } from '@regie/web/data-access/local-fit';
import { ConfirmDelete, FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type IvpPriority = IvpFieldsFragment['priorities'][number];

const EMPTY = { title: '', safetyField: 'VEILIGE_WOON_EN_LEEFOMGEVING' as SafetyField, themeId: '' };

/**
 * Adds a priority to the municipality's IVP, or changes or deletes one: a Kernbeleid Veiligheid safety field
 * and, if it matches, a regional theme. A stale change or delete keeps the input and offers the newest version.
 */
@Component({
  selector: 'regie-ivp-priority-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl, ConfirmDelete],
  templateUrl: './ivp-priority-form.html',
})
export class IvpPriorityForm {
  readonly ivpId = input.required<string>();
  readonly themes = input.required<ReadonlyArray<{ id: string; name: string }>>();
  /** The priority to change; without it the form adds one and stays open for the next. */
  readonly priority = input<IvpPriority | null>(null);
  readonly closed = output<void>();

  private readonly addPriority = inject(AddIvpPriorityGQL);
  private readonly updatePriority = inject(UpdateIvpPriorityGQL);
  private readonly deletePriority = inject(DeleteIvpPriorityGQL);
  private readonly apollo = inject(Apollo);
  protected readonly safetyFields = SAFETY_FIELDS;
  protected readonly idPrefix = computed(() => `ivp-${this.ivpId()}-priority-${this.priority()?.id ?? 'new'}`);
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(300)] }),
    safetyField: new FormControl<SafetyField>(EMPTY.safetyField, { nonNullable: true }),
    themeId: new FormControl('', { nonNullable: true }),
  });
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('priorityForm');
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  /** The version the change is based on; after a conflict, the newest one the user has seen. */
  private baseVersion: number | null = null;

  constructor() {
    afterNextRender(() => {
      const priority = this.priority();
      if (!priority) return;
      this.form.reset({ title: priority.title, safetyField: priority.safetyField as SafetyField, themeId: priority.theme?.id ?? '' });
      this.baseVersion = priority.version;
      this.formElement()?.nativeElement.querySelector<HTMLElement>('input')?.focus();
    });
  }

  protected async save(): Promise<void> {
    const { title, safetyField, themeId } = this.form.getRawValue();
    const fields = { title: title.trim(), safetyField, themeId: themeId || null };
    const priority = this.priority();
    const options = { refetchQueries: ['OurMunicipality'], awaitRefetchQueries: true };
    const saved = await this.flow.save(() =>
      priority
        ? firstValueFrom(this.updatePriority.mutate({ variables: { input: { id: priority.id, version: this.baseVersion ?? priority.version, ...fields } }, ...options }))
        : firstValueFrom(this.addPriority.mutate({ variables: { input: { ivpId: this.ivpId(), ...fields } }, ...options })),
    );
    if (!saved) return;
    if (priority) this.closed.emit();
    else this.form.reset(EMPTY);
  }

  /** Deletes the priority as the user saw it; one changed meanwhile is a conflict, not a silent loss. */
  protected async remove(): Promise<void> {
    const priority = this.priority();
    if (!priority) return;
    const variables = { id: priority.id, version: this.baseVersion ?? priority.version };
    const removed = await this.flow.run(() => firstValueFrom(this.deletePriority.mutate({ variables, refetchQueries: ['OurMunicipality'], awaitRefetchQueries: true })));
    if (removed) this.closed.emit();
  }

  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['OurMunicipality'] }));
    this.baseVersion = this.priority()?.version ?? this.baseVersion;
  }
}
