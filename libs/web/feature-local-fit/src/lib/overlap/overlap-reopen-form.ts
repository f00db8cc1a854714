import { ChangeDetectionStrategy, Component, ElementRef, inject, input, viewChild } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ReopenOverlapSignalGQL } from '@regie/web/data-access/local-fit';
import { FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/** Takes the bureau's mark off a signal, so it is open again; a mark changed meanwhile is a CONFLICT with a reload. */
@Component({
  selector: 'regie-overlap-reopen-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormProblems],
  template: `
    <form #reopenForm class="regie-print-hidden" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <regie-form-problems [flow]="flow" (reload)="reload()" />
      <button type="submit" class="utrecht-button utrecht-button--subtle" [attr.aria-label]="ariaLabel()" [attr.aria-disabled]="flow.blocked() || null">{{ label() }}</button>
    </form>
  `,
})
export class OverlapReopenForm {
  readonly handlingId = input.required<string>();
  readonly version = input.required<number>();
  /** Already translated: the visible text and the name that tells the signals apart. */
  readonly label = input.required<string>();
  readonly ariaLabel = input.required<string>();

  private readonly reopenSignal = inject(ReopenOverlapSignalGQL);
  private readonly apollo = inject(Apollo);
  protected readonly form = new FormGroup({});
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('reopenForm');
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);

  protected async save(): Promise<void> {
    await this.flow.save(() =>
      firstValueFrom(this.reopenSignal.mutate({ variables: { input: { handlingId: this.handlingId(), version: this.version() } }, refetchQueries: ['OverlapSignals'], awaitRefetchQueries: true })),
    );
  }

  protected reload(): Promise<void> {
    return this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['OverlapSignals'] }));
  }
}
