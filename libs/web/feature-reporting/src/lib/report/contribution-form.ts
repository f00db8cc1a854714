import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, inject, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { ContributeToReportGQL } from '@regie/web/data-access/reporting';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/**
 * A co-driver's contribution for their organisation: added once, changed later with its version. When someone
 * else saved it first, the typed text stays and the next save is based on the newest version after a reload.
 */
@Component({
  selector: 'regie-contribution-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  template: `
    <form #contributionForm class="regie-edit-form" [formGroup]="form" (ngSubmit)="save()" novalidate [attr.aria-label]="'reporting.contributions.formLabel' | translate: { organisation: organisationName() }">
      <regie-form-problems
        [flow]="flow"
        [savedMessage]="'reporting.contributions.saved' | translate"
        [reloadedMessage]="'reporting.contributions.reloaded' | translate"
        (reload)="reload()"
      />
      <regie-form-field [inputId]="'contribution-' + organisationId()" [label]="'reporting.contributions.textOf' | translate: { organisation: organisationName() }" [control]="form.controls.text">
        <textarea regieFieldControl class="utrecht-textarea utrecht-textarea--html-textarea" rows="4" formControlName="text"></textarea>
      </regie-form-field>
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="flow.blocked() || null">{{ 'reporting.contributions.save' | translate }}</button>
    </form>
  `,
})
export class ContributionForm {
  readonly reportId = input.required<string>();
  readonly organisationId = input.required<string>();
  readonly organisationName = input.required<string>();
  /** The organisation's contribution so far, if any; the page refetches it after a save or reload. */
  readonly existing = input<{ text: string; version: number } | null>(null);

  private readonly contribute = inject(ContributeToReportGQL);
  private readonly apollo = inject(Apollo);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('contributionForm');
  protected readonly form = new FormGroup({ text: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(20000)] }) });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  /** The version the next save is based on: the one the user started from, until a save or a reload moves it on. */
  private baseVersion: number | undefined;

  constructor() {
    afterNextRender(() => {
      this.form.reset({ text: this.existing()?.text ?? '' });
      this.baseVersion = this.existing()?.version;
    });
  }

  protected async save(): Promise<void> {
    const input = { reportId: this.reportId(), organisationId: this.organisationId(), text: this.form.getRawValue().text.trim(), version: this.baseVersion };
    await this.flow.save(async () => {
      const result = await firstValueFrom(this.contribute.mutate({ variables: { input }, refetchQueries: ['ProgressReportPage'], awaitRefetchQueries: true }));
      this.baseVersion = result.data?.contributeToReport.version ?? this.baseVersion;
    });
  }

  /** After a conflict: load the newest report, keep the typed text, and base the next save on the newest version. */
  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['ProgressReportPage'] }));
    this.baseVersion = this.existing()?.version;
  }
}
