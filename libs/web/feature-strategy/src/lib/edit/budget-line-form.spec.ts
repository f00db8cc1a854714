import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BudgetLineForm } from './budget-line-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

describe('BudgetLineForm', () => {
  it('adds a budget line and confirms it', async () => {
    const result = await render(BudgetLineForm, { imports: [ApolloTestingModule], providers: [provideTranslateService({ lang: 'nl' })], inputs: { actionId: 'a-1' } });
    TestBed.inject(TranslateService).setTranslation('nl', nl);
    await result.fixture.whenStable();
    const controller = TestBed.inject(ApolloTestingController);
    fireEvent.input(screen.getByLabelText('Jaar'), { target: { value: '2010' } });
    fireEvent.input(screen.getByLabelText('Financieringsbron'), { target: { value: 'regionaal budget' } });
    fireEvent.input(screen.getByLabelText('Toegezegd (euro)'), { target: { value: '25000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Budgetregel toevoegen' }));
    const add = controller.expectOne('AddBudgetLine');
    expect(add.operation.variables).toEqual({ input: { actionId: 'a-1', year: 2010, fundingSource: 'regionaal budget', committed: 25000, spent: 0 } });
    add.flushData({ addBudgetLine: { __typename: 'BudgetLine', id: 'b-1', actionId: 'a-1', year: 2010, committed: 25000, spent: 0, fundingSource: 'regionaal budget', version: 1 } });
    expect(await screen.findByText('De budgetregel is toegevoegd.')).toBeTruthy();
  });
});
