import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { UploadAgendaDocumentGQL } from '@regie/web/data-access/reporting';
import { Alert } from '@regie/web/ui';
import { Problem, fileAsBase64 } from '@regie/web/util';
import { runMutation } from '../shared/mutation';

/** Adds a file to an agenda item; the API keeps it in the database with the meeting's read policy. */
@Component({
  selector: 'regie-document-upload',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, Alert],
  template: `
    <div class="utrecht-form-field">
      <label class="utrecht-form-label" [for]="inputId()">{{ 'reporting.documents.add' | translate: { title: title() } }}</label>
      <input class="utrecht-textbox" type="file" [id]="inputId()" (change)="upload($event)" />
    </div>
    @if (problem(); as problem) {
      <regie-alert type="error"><p class="utrecht-paragraph">{{ problem.messageKey | translate }}</p></regie-alert>
    }
    @if (uploaded(); as name) {
      <regie-alert type="ok"><p class="utrecht-paragraph">{{ 'reporting.documents.added' | translate: { name: name } }}</p></regie-alert>
    }
  `,
})
export class DocumentUpload {
  readonly agendaItemId = input.required<string>();
  readonly title = input.required<string>();
  private readonly uploadDocument = inject(UploadAgendaDocumentGQL);
  protected readonly inputId = computed(() => `document-${this.agendaItemId()}`);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly uploaded = signal<string | null>(null);

  protected async upload(event: Event): Promise<void> {
    const field = event.target as HTMLInputElement;
    const file = field.files?.[0];
    if (!file) return;
    const contentBase64 = await fileAsBase64(file);
    const input = { agendaItemId: this.agendaItemId(), fileName: file.name, mediaType: file.type || 'application/octet-stream', contentBase64 };
    const outcome = await runMutation(this.uploadDocument.mutate({ variables: { input }, refetchQueries: ['CollegeMeetingPage'], awaitRefetchQueries: true }));
    this.problem.set(outcome.problem);
    this.uploaded.set(outcome.problem ? null : file.name);
    field.value = '';
  }
}
