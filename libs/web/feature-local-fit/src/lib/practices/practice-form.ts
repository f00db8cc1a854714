import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { CreateGoodPracticeGQL, UpdateGoodPracticeGQL } from '@regie/web/data-access/local-fit';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import type { Practice } from './good-practices-store';

/** The bureau adds a good practice to the library, or changes its description, theme and contact. */
@Component({
  selector: 'regie-practice-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  templateUrl: './practice-form.html',
})
export class PracticeForm {
  readonly regionId = input.required<string>();
  readonly themes = input<ReadonlyArray<{ id: string; name: string }>>([]);
  /** The practice to change; without it the form adds one. */
  readonly practice = input<Practice | null>(null);
  readonly closed = output<void>();
  private readonly createPractice = inject(CreateGoodPracticeGQL);
  private readonly updatePractice = inject(UpdateGoodPracticeGQL);
  private readonly apollo = inject(Apollo);
  protected readonly idPrefix = computed(() => `practice-${this.practice()?.id ?? 'new'}`);
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(300)] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(4000)] }),
    themeId: new FormControl('', { nonNullable: true }),
    contact: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(300)] }),
  });
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('practiceForm');
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  /** The version the change is based on; after a conflict, the newest one the user has seen. */
  private baseVersion: number | null = null;

  constructor() {
    afterNextRender(() => {
      const practice = this.practice();
      if (practice) {
        this.form.reset({ title: practice.title, description: practice.description, themeId: practice.theme?.id ?? '', contact: practice.contact ?? '' });
        this.baseVersion = practice.version;
      }
      this.formElement()?.nativeElement.querySelector<HTMLElement>('input')?.focus();
    });
  }

  protected async save(): Promise<void> {
    const { title, description, themeId, contact } = this.form.getRawValue();
    const fields = { title: title.trim(), description: description.trim(), themeId: themeId || null, contact: contact.trim() || null };
    const practice = this.practice();
    const options = { refetchQueries: ['GoodPractices'], awaitRefetchQueries: true };
    const saved = await this.flow.save(() =>
      practice
        ? firstValueFrom(this.updatePractice.mutate({ variables: { input: { id: practice.id, version: this.baseVersion ?? practice.version, ...fields } }, ...options }))
        : firstValueFrom(this.createPractice.mutate({ variables: { input: { regionId: this.regionId(), ...fields } }, ...options })),
    );
    if (saved) this.closed.emit();
  }

  /** After a conflict: load what is saved now, keep the user's input, and base the next save on the new version. */
  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['GoodPractices'] }));
    this.baseVersion = this.practice()?.version ?? this.baseVersion;
  }
}
