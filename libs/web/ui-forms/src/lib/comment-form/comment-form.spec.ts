import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/angular';
import { CommentForm } from './comment-form';

async function renderForm(send: (subjectId: string, body: string) => Promise<unknown>) {
  const result = await render(CommentForm, {
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { subjectId: 'assessment-7', label: 'Reactie', submitLabel: 'Reactie plaatsen', send },
  });
  result.fixture.debugElement.injector.get(TranslateService).setTranslation('nl', { validation: { required: 'Vul dit veld in.' }, errors: { forbidden: 'Dat mag u niet.' } });
  await result.fixture.whenStable();
  return result;
}

const field = () => screen.getByLabelText('Reactie') as HTMLTextAreaElement;
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Reactie plaatsen' }));

describe('CommentForm', () => {
  it('sends the trimmed text for its record and empties the field once saved', async () => {
    const send = jest.fn().mockResolvedValue({ data: {} });
    await renderForm(send);
    expect(field().id).toBe('comment-assessment-7');
    fireEvent.input(field(), { target: { value: '  Akkoord, bespreken in maart.  ' } });
    submit();
    await waitFor(() => expect(send).toHaveBeenCalledWith('assessment-7', 'Akkoord, bespreken in maart.'));
    await waitFor(() => expect(field().value).toBe(''));
  });

  it('sends nothing while the field is empty and marks the field', async () => {
    const send = jest.fn();
    const { fixture } = await renderForm(send);
    submit();
    await fixture.whenStable();
    expect(send).not.toHaveBeenCalled();
    expect(field().getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps the text when the server refuses', async () => {
    const send = jest.fn().mockRejectedValue({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', messageKey: 'errors.forbidden' } }] });
    await renderForm(send);
    fireEvent.input(field(), { target: { value: 'Mag dit?' } });
    submit();
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    await screen.findByText('Dat mag u niet.');
    expect(field().value).toBe('Mag dit?');
  });
});
