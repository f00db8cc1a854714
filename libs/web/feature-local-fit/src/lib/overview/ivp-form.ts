import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, inject, input, output, viewChild } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { PDF_OR_DOCX, ivpProblems, uploadProblem } from '@regie/domain';
import { IvpFieldsFragment } from '@regie/web/data-access';
import { CreateIvpGQL, UpdateIvpGQL, UploadIvpDocumentGQL } from '@regie/web/data-access/local-fit';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { MESSAGE_KEY_ERROR, SaveFlow, fileAsBase64, setErrorKey } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/** The API takes only complete http(s) addresses; say so before sending. */
const WEB_ADDRESS = /^https?:\/\/[^\s/]+\.[^\s]+$/i;
const webAddress = (control: AbstractControl<string>): ValidationErrors | null => (control.value && !WEB_ADDRESS.test(control.value.trim()) ? { [MESSAGE_KEY_ERROR]: 'validation.isUrl' } : null);
const planDocument = (control: AbstractControl<File | null>): ValidationErrors | null => {
  const problem = control.value ? uploadProblem(control.value, PDF_OR_DOCX) : null;
  return problem ? { [MESSAGE_KEY_ERROR]: problem } : null;
};

/**
 * Records the municipality's IVP or changes it: title, plan period, adoption by the council (date and decision
 * reference), and the plan itself as a link or an uploaded PDF/DOCX. The file goes up after the fields, on the
 * version they produced, through the same upload path as agenda documents.
 */
@Component({
  selector: 'regie-ivp-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  templateUrl: './ivp-form.html',
})
export class IvpForm {
  readonly municipalityId = input.required<string>();
  /** The IVP to change; without it the form records a new one. */
  readonly ivp = input<IvpFieldsFragment | null>(null);
  readonly closed = output<void>();

  private readonly create = inject(CreateIvpGQL);
  private readonly update = inject(UpdateIvpGQL);
  private readonly upload = inject(UploadIvpDocumentGQL);
  private readonly apollo = inject(Apollo);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('ivpForm');

  protected readonly idPrefix = computed(() => `ivp-form-${this.ivp()?.id ?? 'new'}`);
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(300)] }),
    periodStart: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    periodEnd: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    adoptedOn: new FormControl('', { nonNullable: true }),
    adoptionReference: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    // Checked on save, not on leaving the field: an error appearing on blur would shift the save button away from the click.
    linkUrl: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(1000), webAddress], updateOn: 'submit' }),
    /** Named like the API's field, so its refusal of the file lands here. */
    contentBase64: new FormControl<File | null>(null, { validators: [planDocument] }),
    removeDocument: new FormControl(false, { nonNullable: true }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  /** The version the change is based on; after a conflict, the newest one the user has seen. */
  private baseVersion: number | null = null;
  private createdId: string | null = null;

  constructor() {
    afterNextRender(() => {
      const ivp = this.ivp();
      if (ivp) {
        this.form.reset({
          title: ivp.title,
          periodStart: ivp.periodStart,
          periodEnd: ivp.periodEnd,
          adoptedOn: ivp.adoptedOn ?? '',
          adoptionReference: ivp.adoptionReference ?? '',
          linkUrl: ivp.linkUrl ?? '',
          contentBase64: null,
          removeDocument: false,
        });
        this.baseVersion = ivp.version;
      }
      this.formElement()?.nativeElement.querySelector<HTMLElement>('input')?.focus();
    });
  }

  protected chooseFile(event: Event): void {
    const control = this.form.controls.contentBase64;
    control.setValue((event.target as HTMLInputElement).files?.[0] ?? null);
    control.markAsTouched();
  }

  protected async save(): Promise<void> {
    const values = this.form.getRawValue();
    // Rules across fields, explained on the field before sending; first drop their verdict on earlier input.
    this.form.controls.periodEnd.updateValueAndValidity();
    this.form.controls.adoptedOn.updateValueAndValidity();
    for (const problem of ivpProblems(values)) setErrorKey(this.form.get(problem.field) as AbstractControl, problem.messageKey);
    const fields = {
      title: values.title.trim(),
      periodStart: values.periodStart,
      periodEnd: values.periodEnd,
      adoptedOn: values.adoptedOn || null,
      adoptionReference: values.adoptionReference.trim() || null,
      linkUrl: values.linkUrl.trim() || null,
    };
    const id = this.ivp()?.id ?? this.createdId;
    const file = values.contentBase64;
    const options = { refetchQueries: file ? [] : ['OurMunicipality'], awaitRefetchQueries: true };
    const saved = await this.flow.save(async () => {
      const ivp = id
        ? (await firstValueFrom(this.update.mutate({ variables: { input: { id, version: this.baseVersion ?? 1, ...fields, removeDocument: values.removeDocument || null } }, ...options }))).data?.updateIvp
        : (await firstValueFrom(this.create.mutate({ variables: { input: { municipalityId: this.municipalityId(), ...fields } }, ...options }))).data?.createIvp;
      if (!ivp) return;
      // Should the file be refused, the next save changes this IVP instead of recording a second one.
      this.createdId = ivp.id;
      this.baseVersion = ivp.version;
      if (file) {
        const input = { ivpId: ivp.id, version: ivp.version, fileName: file.name, mediaType: file.type, contentBase64: await fileAsBase64(file) };
        await firstValueFrom(this.upload.mutate({ variables: { input }, refetchQueries: ['OurMunicipality'], awaitRefetchQueries: true }));
      }
    });
    if (saved) this.closed.emit();
  }

  /** After a conflict: load what is saved now, keep the user's input, and base the next save on the new version. */
  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['OurMunicipality'] }));
    this.baseVersion = this.ivp()?.version ?? this.baseVersion;
  }
}
