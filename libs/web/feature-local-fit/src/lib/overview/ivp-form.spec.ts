import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { IvpFieldsFragment } from '@regie/web/data-access';
import { fireEvent, render, screen, waitFor } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IvpForm } from './ivp-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));
const form = nl.localFit.ivpForm;

const saved = (version: number) => ({
  __typename: 'Ivp',
  id: 'ivp-1',
  title: 'IVP Houten 2011–2014',
  periodStart: '2011-01-01',
  periodEnd: '2014-12-31',
  adoptedOn: '2010-12-16',
  adoptionReference: 'RB 2010-12',
  linkUrl: null,
  version,
  document: null,
  priorities: [],
});

async function renderForm(ivp: IvpFieldsFragment | null = null) {
  const closed = jest.fn();
  const result = await render(IvpForm, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { municipalityId: 'm-1', ivp },
    on: { closed },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await result.fixture.whenStable();
  return { ...result, closed, controller: TestBed.inject(ApolloTestingController) };
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: form.save }));

function fillPlan() {
  type(form.title, 'IVP Houten 2011–2014');
  type(form.periodStart, '2011-01-01');
  type(form.periodEnd, '2014-12-31');
  type(form.adoptedOn, '2010-12-16');
  type(form.adoptionReference, 'RB 2010-12');
}

describe('IvpForm', () => {
  it('explains a link that is no web address, a period that ends before it starts and a decision without date, before sending', async () => {
    const { controller, fixture } = await renderForm();
    fillPlan();
    type(form.periodEnd, '2010-06-30');
    type(form.adoptedOn, '');
    type(form.linkUrl, 'intranet/ivp.pdf');
    save();
    await fixture.whenStable();
    controller.expectNone('CreateIvp');
    expect(screen.getByLabelText(form.linkUrl).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(nl.validation.isUrl)).toBeTruthy();
    expect(screen.getByText(nl.localFit.validation.periodOrder)).toBeTruthy();
    expect(screen.getByText(nl.localFit.validation.adoptionDateRequired)).toBeTruthy();
  });

  it('refuses a file that is no PDF or Word document before sending', async () => {
    const { controller, fixture } = await renderForm();
    fillPlan();
    fireEvent.change(screen.getByLabelText(form.file), { target: { files: [new File(['png'], 'ivp.png', { type: 'image/png' })] } });
    save();
    await fixture.whenStable();
    controller.expectNone('CreateIvp');
    expect(screen.getByText(nl.validation.documentType)).toBeTruthy();
  });

  it('records the IVP with period, council adoption and link, then uploads the chosen PDF on the version that produced', async () => {
    const { controller, closed } = await renderForm();
    fillPlan();
    type(form.linkUrl, 'https://www.houten.nl/ivp.pdf');
    fireEvent.change(screen.getByLabelText(form.file), { target: { files: [new File(['%PDF-1.4'], 'ivp.pdf', { type: 'application/pdf' })] } });
    save();
    const create = controller.expectOne('CreateIvp');
    expect(create.operation.variables['input']).toEqual({
      municipalityId: 'm-1',
      title: 'IVP Houten 2011–2014',
      periodStart: '2011-01-01',
      periodEnd: '2014-12-31',
      adoptedOn: '2010-12-16',
      adoptionReference: 'RB 2010-12',
      linkUrl: 'https://www.houten.nl/ivp.pdf',
    });
    create.flushData({ createIvp: saved(1) });
    const upload = await waitFor(() => controller.expectOne('UploadIvpDocument'));
    expect(upload.operation.variables['input']).toEqual({ ivpId: 'ivp-1', version: 1, fileName: 'ivp.pdf', mediaType: 'application/pdf', contentBase64: btoa('%PDF-1.4') });
    upload.flushData({ uploadIvpDocument: { ...saved(2), document: { __typename: 'IvpDocument', fileName: 'ivp.pdf', mediaType: 'application/pdf', sizeBytes: 8 } } });
    await waitFor(() => expect(closed).toHaveBeenCalledTimes(1));
  });

  it('changes an existing IVP on the version the user saw, and keeps the input after a conflict', async () => {
    const { controller, closed } = await renderForm(saved(3) as IvpFieldsFragment);
    await waitFor(() => expect((screen.getByLabelText(form.title) as HTMLInputElement).value).toBe('IVP Houten 2011–2014'));
    type(form.adoptionReference, 'RB 2010-13');
    save();
    const update = controller.expectOne('UpdateIvp');
    expect(update.operation.variables['input']).toEqual(expect.objectContaining({ id: 'ivp-1', version: 3, adoptionReference: 'RB 2010-13', removeDocument: null }));
    update.graphqlErrors([{ message: 'changed', extensions: { code: 'CONFLICT', messageKey: 'errors.conflict' } }]);
    expect(await screen.findByText(nl.edit.conflict)).toBeTruthy();
    expect((screen.getByLabelText(form.adoptionReference) as HTMLInputElement).value).toBe('RB 2010-13');
    expect(closed).not.toHaveBeenCalled();
  });
});
