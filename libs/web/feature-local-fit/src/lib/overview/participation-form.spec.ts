import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParticipationForm } from './participation-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

describe('ParticipationForm for one regional action', () => {
  it('records level, contact, capacity, budget and since for the action', async () => {
    const closed = jest.fn();
    const { fixture } = await render(ParticipationForm, {
      imports: [ApolloTestingModule],
      providers: [provideTranslateService({ lang: 'nl' })],
      inputs: { municipalityId: 'm-1', themeId: 't-1', actionId: 'a-1', participation: null },
      on: { closed },
    });
    TestBed.inject(TranslateService).setTranslation('nl', nl);
    await fixture.whenStable();
    const form = nl.localFit.participationForm;
    fireEvent.change(screen.getByLabelText(nl.localFit.overview.participation), { target: { value: 'PARTLY' } });
    fireEvent.input(screen.getByLabelText(nl.localFit.overview.contact), { target: { value: 'J. de Vries' } });
    fireEvent.input(screen.getByLabelText(form.capacityFte), { target: { value: '0.5' } });
    fireEvent.input(screen.getByLabelText(form.budgetEuro), { target: { value: '25000' } });
    fireEvent.input(screen.getByLabelText(form.since), { target: { value: '2010-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: form.save }));
    const controller = TestBed.inject(ApolloTestingController);
    const create = controller.expectOne('CreateParticipation');
    expect(create.operation.variables['input']).toEqual({ municipalityId: 'm-1', themeId: 't-1', actionId: 'a-1', level: 'PARTLY', localApproach: null, contactName: 'J. de Vries', capacityFte: 0.5, budgetEuro: 25000, since: '2010-03-01' });
    create.flushData({ createParticipation: { __typename: 'Participation', id: 'pa-1', level: 'PARTLY', version: 1 } });
    await waitFor(() => expect(closed).toHaveBeenCalledTimes(1));
  });
});
