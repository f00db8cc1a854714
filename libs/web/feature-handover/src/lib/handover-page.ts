import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { HandOverMutation, HeldKind, PersonHoldingsQuery, queryResource } from '@regie/web/data-access';
import { HandOverGQL, HandoverSuccessorsGQL, PersonHoldingsDocument, PersonHoldingsGQL } from '@regie/web/data-access/handover';
import { Alert, CheckboxGroup, CheckboxOption, FieldControl, FormField, FormProblems, LoadState } from '@regie/web/ui';
import { LanguageStore, SaveFlow, formatDate } from '@regie/web/util';
import { todayIso } from '@regie/domain';
import { firstValueFrom, switchMap } from 'rxjs';

type Held = PersonHoldingsQuery['personHoldings']['items'][number];
const MOVABLE: HeldKind[] = ['MANDATE', 'ACTION', 'FOLLOW_UP'];

/**
 * Handover of a leaving person's work: everything they hold, ticked by default, moves to one successor
 * on a date in one transaction. Pending report tasks are shown because they follow the mandate.
 */
@Component({
  selector: 'regie-handover-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, Alert, CheckboxGroup, FieldControl, FormField, FormProblems, LoadState],
  templateUrl: './handover-page.html',
})
export class HandoverPage {
  /** Route parameter: the leaving person. */
  readonly id = input.required<string>();

  protected readonly language = inject(LanguageStore).language;
  private readonly translate = inject(TranslateService);
  private readonly mutation = inject(HandOverGQL);
  private readonly holdingsQuery = inject(PersonHoldingsGQL);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('handoverForm');

  private readonly holdingsResource = queryResource(
    toObservable(this.id).pipe(switchMap((id) => this.holdingsQuery.watch({ variables: { id }, fetchPolicy: 'cache-and-network' }).valueChanges)),
    (data) => data.personHoldings,
  );
  protected readonly holdings = this.holdingsResource.value;
  protected readonly loading = this.holdingsResource.loading;
  protected readonly problem = this.holdingsResource.problem;
  private readonly successorsResource = queryResource(inject(HandoverSuccessorsGQL).watch().valueChanges, (data) => data.persons);
  protected readonly successors = computed(() => (this.successorsResource.value() ?? []).filter((person) => person.id !== this.id()));

  protected readonly movable = computed(() => (this.holdings()?.items ?? []).filter((item) => MOVABLE.includes(item.kind)));
  protected readonly pending = computed(() => (this.holdings()?.items ?? []).filter((item) => !MOVABLE.includes(item.kind)));
  protected readonly groups = computed(() =>
    MOVABLE.map((kind) => ({ kind, options: this.movable().filter((item) => item.kind === kind).map((item): CheckboxOption => ({ id: item.id, label: this.label(item) })) })).filter((group) => group.options.length),
  );

  protected readonly form = new FormGroup({
    toPersonId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    onDate: new FormControl(todayIso(), { nonNullable: true, validators: [Validators.required] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
    chosen: new FormControl<string[]>([], { nonNullable: true }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  protected readonly done = signal<HandOverMutation['handOver'] | null>(null);
  private filledFor: string | null = null;

  constructor() {
    // Tick everything the person holds once it has loaded (and again after a reload), not while the user edits.
    effect(() => {
      const items = this.movable();
      const holdings = this.holdings();
      if (!holdings || untracked(() => this.filledFor) === holdings.person.id + items.length) return;
      untracked(() => {
        this.form.controls.chosen.setValue(items.map((item) => item.id));
        this.filledFor = holdings.person.id + items.length;
      });
    });
  }

  /** One line per held thing: what it is, its theme, and the date that matters (mandate start, due date). */
  private label(item: Held): string {
    const language = this.language();
    const parts = item.kind === 'MANDATE' ? [this.translate.instant(`roles.${item.detail}`)] : item.themeName ? [item.themeName] : [];
    if (item.date) parts.push(this.translate.instant(`handover.date.${item.kind}`, { date: formatDate(item.date, language) }));
    return `${item.title} (${parts.join(', ')})`;
  }

  protected async handOver(): Promise<void> {
    const { toPersonId, onDate, note, chosen } = this.form.getRawValue();
    const ticked = (kind: HeldKind) => this.movable().filter((item) => item.kind === kind && chosen.includes(item.id)).map(({ id, version }) => ({ id, version }));
    this.done.set(null);
    await this.flow.save(async () => {
      const result = await firstValueFrom(
        this.mutation.mutate({
          variables: { input: { fromPersonId: this.id(), toPersonId, onDate, note: note.trim() || null, mandates: ticked('MANDATE'), actions: ticked('ACTION'), followUps: ticked('FOLLOW_UP') } },
          refetchQueries: [{ query: PersonHoldingsDocument, variables: { id: this.id() } }],
          awaitRefetchQueries: true,
        }),
      );
      this.done.set(result.data?.handOver ?? null);
    });
  }

  /** After a conflict: what the person holds now, ticked afresh. */
  protected async reload(): Promise<void> {
    this.filledFor = null;
    await this.flow.reload(async () => {
      await firstValueFrom(this.holdingsQuery.fetch({ variables: { id: this.id() }, fetchPolicy: 'network-only' }));
    });
  }
}
