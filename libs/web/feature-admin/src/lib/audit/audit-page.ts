import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldControl, FormField, LoadState, RegieDateTimePipe } from '@regie/web/ui';
import { LanguageStore, setErrorKey } from '@regie/web/util';
import { startWith } from 'rxjs';
import { AUDITED_ENTITY_TYPES, AUDIT_PAGE_SIZE, AuditQuery, actionGroups, actionLabel, displayValue, entityTypeLabel, parseAuditQuery, toQueryParams } from './audit-query';
import { AuditStore } from './audit-store';

/** The audit trail for the programme bureau and administrators: who changed what, when, from what to what. */
@Component({
  selector: 'regie-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FormField, FieldControl, LoadState, RegieDateTimePipe],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.css',
})
export class AuditPage {
  /** Query parameters, bound by the router. */
  readonly entityType = input<string>();
  readonly action = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly page = input<string>();

  private readonly router = inject(Router);
  protected readonly language = inject(LanguageStore).language;

  protected readonly query = computed<AuditQuery>(() =>
    parseAuditQuery({ entityType: this.entityType(), action: this.action(), from: this.from(), to: this.to(), page: this.page() }),
  );
  protected readonly store = new AuditStore(this.query);

  protected readonly form = inject(NonNullableFormBuilder).group({ entityType: '', action: '', from: '', to: '' });
  protected readonly entityTypes = AUDITED_ENTITY_TYPES;
  private readonly chosenEntityType = toSignal(this.form.controls.entityType.valueChanges.pipe(startWith(this.form.controls.entityType.value)), {
    requireSync: true,
  });
  protected readonly actionGroups = computed(() => actionGroups(this.chosenEntityType()));

  protected readonly firstItem = computed(() => (this.store.total() ? (this.query().page - 1) * AUDIT_PAGE_SIZE + 1 : 0));
  protected readonly lastItem = computed(() => this.firstItem() + this.store.events().length - (this.store.events().length ? 1 : 0));

  protected readonly actionLabel = actionLabel;
  protected readonly entityTypeLabel = entityTypeLabel;
  protected readonly displayValue = displayValue;

  constructor() {
    // The address is the source of truth: show its filter in the form whenever it changes.
    effect(() => {
      const { entityType, action, from, to } = this.query();
      untracked(() => this.form.reset({ entityType, action, from, to }));
    });
    // An action of another kind of record cannot match; clear it when the kind changes.
    this.form.controls.entityType.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((entityType) => {
      const action = this.form.controls.action.value;
      if (action && !actionGroups(entityType).some((group) => group.actions.some((option) => option.value === action))) {
        this.form.controls.action.setValue('');
      }
    });
  }

  protected applyFilter(): void {
    const { entityType, action, from, to } = this.form.getRawValue();
    if (from && to && from > to) {
      setErrorKey(this.form.controls.to, 'validation.endBeforeStart');
      return;
    }
    void this.router.navigate([], { queryParams: toQueryParams({ entityType, action, from, to, page: 1 }) });
  }

  protected clearFilter(): void {
    void this.router.navigate([], { queryParams: {} });
  }

  protected pageParams(page: number): Record<string, string | null> {
    return toQueryParams({ ...this.query(), page });
  }
}
