import { Component } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { render, screen } from '@testing-library/angular';
import { applyFieldProblems } from '@regie/web/util';
import { FieldControl, FormField } from './form-field';
import { FormGroup } from '@angular/forms';

@Component({
  imports: [ReactiveFormsModule, FormField, FieldControl],
  template: `
    <form [formGroup]="form">
      <regie-form-field inputId="website" label="Website" description="Begin met https://" [control]="form.controls.websiteUrl">
        <input regieFieldControl formControlName="websiteUrl" />
      </regie-form-field>
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({ websiteUrl: new FormControl('', { nonNullable: true, validators: Validators.maxLength(10) }) });
}

async function renderField() {
  const result = await render(Host, { providers: [provideTranslateService({ lang: 'nl' })] });
  result.fixture.debugElement.injector.get(TranslateService).setTranslation('nl', {
    validation: { isUrl: 'Vul een volledig webadres in.', maxLength: 'Deze tekst is te lang.' },
  });
  return result;
}

describe('FormField', () => {
  it('labels the input and describes it with its hint', async () => {
    await renderField();
    const input = screen.getByLabelText('Website');
    expect(input.id).toBe('website');
    expect(input.getAttribute('aria-describedby')).toBe('website-description');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows a server error under the label and links it to the input', async () => {
    const { fixture } = await renderField();
    applyFieldProblems(fixture.componentInstance.form, [{ field: 'websiteUrl', messageKey: 'validation.isUrl' }]);
    await fixture.whenStable();
    const input = screen.getByLabelText('Website');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('website-description website-errors');
    expect(document.getElementById('website-errors')?.textContent?.trim()).toBe('Vul een volledig webadres in.');
  });

  it('shows a client validation error once the user has left the field', async () => {
    const { fixture } = await renderField();
    const control = fixture.componentInstance.form.controls.websiteUrl;
    control.setValue('https://www.example.org');
    await fixture.whenStable();
    expect(document.getElementById('website-errors')?.textContent?.trim()).toBe('');
    control.markAsTouched();
    await fixture.whenStable();
    expect(document.getElementById('website-errors')?.textContent?.trim()).toBe('Deze tekst is te lang.');
  });
});
