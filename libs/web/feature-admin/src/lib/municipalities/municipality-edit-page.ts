import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Alert, FieldControl, FormField, FormProblems, LoadState, RegieNumberPipe } from '@regie/web/ui';
import { LanguageStore, SaveFlow } from '@regie/web/util';
import { MunicipalitiesStore } from './municipalities-store';

/** Population and website of one municipality, with optimistic locking: a stale save keeps the user's input. */
@Component({
  selector: 'regie-municipality-edit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, Alert, FormProblems, FormField, FieldControl, LoadState, RegieNumberPipe],
  templateUrl: './municipality-edit-page.html',
})
export class MunicipalityEditPage {
  /** Route parameter, bound by the router. */
  readonly id = input.required<string>();

  protected readonly store = inject(MunicipalitiesStore);
  protected readonly language = inject(LanguageStore).language;
  private readonly router = inject(Router);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('editForm');

  protected readonly municipality = computed(() => this.store.municipalities()?.find((municipality) => municipality.id === this.id()));
  protected readonly notFound = computed(() => this.store.municipalities() !== undefined && !this.municipality());
  protected readonly allowed = computed(() => {
    const municipality = this.municipality();
    return municipality ? this.store.canEdit(municipality) : false;
  });

  protected readonly form = new FormGroup({
    population: new FormControl<number | null>(null, [Validators.min(0), Validators.max(10_000_000)]),
    websiteUrl: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(300)] }),
  });

  /** The version the user's edit is based on; a save with an older one is refused as a conflict. */
  private readonly baseVersion = signal<number | null>(null);
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);

  constructor() {
    // Fill the form once, when the municipality first arrives; later cache updates must not overwrite input.
    effect(() => {
      const municipality = this.municipality();
      if (!municipality || untracked(this.baseVersion) !== null) return;
      untracked(() => {
        this.form.reset({ population: municipality.population, websiteUrl: municipality.websiteUrl ?? '' });
        this.baseVersion.set(municipality.version);
      });
    });
  }

  protected async save(): Promise<void> {
    const municipality = this.municipality();
    const version = this.baseVersion();
    if (!municipality || version === null) return;
    const { population, websiteUrl } = this.form.getRawValue();
    const saved = await this.flow.save(() => this.store.save({ id: municipality.id, version, population, websiteUrl: websiteUrl.trim() || null }));
    if (saved) await this.router.navigate(['/gemeenten']);
  }

  /** After a conflict: load what is saved now, keep the user's input, and base the next save on the new version. */
  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.store.reload());
    this.baseVersion.set(this.municipality()?.version ?? null);
  }
}
