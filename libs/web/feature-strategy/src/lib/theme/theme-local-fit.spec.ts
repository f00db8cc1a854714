import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { render, screen } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ThemeLocalFit } from './theme-local-fit';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

async function renderSection() {
  const result = await render(ThemeLocalFit, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' }), provideRouter([])],
    inputs: { themeId: 'theme-1' },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  result.fixture.detectChanges();
  return { ...result, controller: TestBed.inject(ApolloTestingController) };
}

describe('ThemeLocalFit', () => {
  it('says nothing about fit until the assessments have loaded, then that the theme fits everywhere', async () => {
    const { controller, fixture } = await renderSection();
    expect(screen.queryByText(nl.localFit.theme.allFit)).toBeNull();
    expect(screen.getByRole('status').textContent).toContain(nl.common.loading);
    controller.expectOne('ThemeLocalFit').flush({ data: { theme: { __typename: 'Theme', id: 'theme-1', regionId: 'region-1', localFitConcerns: [] } } });
    fixture.detectChanges();
    expect(await screen.findByText(nl.localFit.theme.allFit)).toBeTruthy();
  });
});
