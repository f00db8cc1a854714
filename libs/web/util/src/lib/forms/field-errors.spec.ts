import { FormControl, FormGroup, Validators } from '@angular/forms';
import { applyFieldProblems, errorKeys, setErrorKey, showsErrors } from './field-errors';

function municipalityForm() {
  return new FormGroup({
    population: new FormControl<number | null>(null, Validators.min(0)),
    websiteUrl: new FormControl('', { nonNullable: true }),
  });
}

describe('applyFieldProblems', () => {
  it('puts each server error on the control with the same name and marks it touched', () => {
    const form = municipalityForm();
    const unmatched = applyFieldProblems(form, [{ field: 'websiteUrl', messageKey: 'validation.isUrl' }]);
    expect(unmatched).toEqual([]);
    expect(errorKeys(form.controls.websiteUrl.errors)).toEqual(['validation.isUrl']);
    expect(showsErrors(form.controls.websiteUrl)).toBe(true);
    expect(form.controls.population.valid).toBe(true);
  });

  it('matches a field reported with its input prefix', () => {
    const form = municipalityForm();
    applyFieldProblems(form, [{ field: 'input.population', messageKey: 'validation.max' }]);
    expect(errorKeys(form.controls.population.errors)).toEqual(['validation.max']);
  });

  it('returns the errors of fields the form does not have', () => {
    const form = municipalityForm();
    expect(applyFieldProblems(form, [{ field: 'version', messageKey: 'validation.min' }])).toEqual([{ field: 'version', messageKey: 'validation.min' }]);
  });

  it('lets the server error go once the user edits the field', () => {
    const form = municipalityForm();
    applyFieldProblems(form, [{ field: 'websiteUrl', messageKey: 'validation.isUrl' }]);
    form.controls.websiteUrl.setValue('https://www.zeist.nl');
    expect(form.controls.websiteUrl.errors).toBeNull();
  });
});

describe('errorKeys', () => {
  it('maps Angular validators onto the keys the API uses', () => {
    const control = new FormControl('', [Validators.required, Validators.email]);
    expect(errorKeys(control.errors)).toEqual(['validation.isNotEmpty']);
    control.setValue('not-an-address');
    expect(errorKeys(control.errors)).toEqual(['validation.isEmail']);
  });

  it('lists a client and a server error with the same key once', () => {
    const control = new FormControl(-1, Validators.min(0));
    setErrorKey(control, 'validation.min');
    expect(errorKeys(control.errors)).toEqual(['validation.min']);
  });

  it('is empty without errors', () => {
    expect(errorKeys(null)).toEqual([]);
  });
});

describe('showsErrors', () => {
  it('waits until the user leaves the field', () => {
    const control = new FormControl('', Validators.required);
    expect(showsErrors(control)).toBe(false);
    control.markAsTouched();
    expect(showsErrors(control)).toBe(true);
  });
});
