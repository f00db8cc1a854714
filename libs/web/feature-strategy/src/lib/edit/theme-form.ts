import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { CreateThemeGQL, UpdateThemeGQL } from '@regie/web/data-access/strategy';
import { SAFETY_FIELDS } from '@regie/domain';
import { CheckboxGroup, FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export interface EditableTheme {
  id: string;
  name: string;
  description?: string | null;
  examples: string[];
  safetyFields: string[];
  version: number;
}

/** Adds a theme to a strategy or changes one: what it covers and the Kernbeleid Veiligheid fields it belongs to (the bureau). */
@Component({
  selector: 'regie-theme-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl, CheckboxGroup],
  templateUrl: './theme-form.html',
})
export class ThemeForm {
  readonly strategyId = input.required<string>();
  /** The theme to change; without it the form adds one. */
  readonly theme = input<EditableTheme | null>(null);
  readonly closed = output<void>();

  private readonly createTheme = inject(CreateThemeGQL);
  private readonly updateTheme = inject(UpdateThemeGQL);
  private readonly apollo = inject(Apollo);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('themeForm');

  protected readonly idPrefix = computed(() => `theme-form-${this.theme()?.id ?? this.strategyId()}`);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(200)] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
    examples: new FormControl('', { nonNullable: true }),
    safetyFields: new FormControl<string[]>([], { nonNullable: true }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  protected readonly safetyFieldOptions = SAFETY_FIELDS.map((field) => ({ id: field, label: `theme.safetyFieldNames.${field}` }));
  private baseVersion: number | null = null;

  constructor() {
    afterNextRender(() => {
      const theme = this.theme();
      if (theme) {
        this.form.reset({ name: theme.name, description: theme.description ?? '', examples: theme.examples.join('\n'), safetyFields: theme.safetyFields });
        this.baseVersion = theme.version;
      }
      this.formElement()?.nativeElement.querySelector<HTMLElement>('input')?.focus();
    });
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const fields = {
      name: value.name.trim(),
      description: value.description.trim() || null,
      // One example per line, as the bureau writes them down.
      examples: value.examples.split('\n').map((line) => line.trim()).filter(Boolean),
      safetyFields: value.safetyFields,
    };
    const theme = this.theme();
    const options = { refetchQueries: ['ThemePage', 'StrategyOverview'], awaitRefetchQueries: true };
    const saved = await this.flow.save(() =>
      theme
        ? firstValueFrom(this.updateTheme.mutate({ variables: { input: { id: theme.id, version: this.baseVersion ?? theme.version, ...fields } }, ...options }))
        : firstValueFrom(this.createTheme.mutate({ variables: { input: { strategyId: this.strategyId(), ...fields } }, ...options })),
    );
    if (saved) this.closed.emit();
  }

  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['ThemePage', 'StrategyOverview'] }));
    this.baseVersion = this.theme()?.version ?? this.baseVersion;
  }
}
