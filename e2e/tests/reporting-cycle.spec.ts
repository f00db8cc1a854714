import { expect, Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn } from '../support/session';

const THEME = 'Veel voorkomende criminaliteit';
const DRIVER = 'driver.veelvoorkomende-criminaliteit@regie.example';
const CO_DRIVER_OM = 'codriver.veelvoorkomende-criminaliteit.om@regie.example';
const OWNER = 'Burgemeester van Amersfoort';
const ASSIGNMENT = 'Breid de aanpak van woninginbraken uit naar alle gemeenten.';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function switchUser(page: Page, email: string): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await signIn(page, email);
}

/** As the bureau: plans a meeting that is later than every other one, opens a cycle for it, lands on the cycle page. */
async function openCycle(page: Page, label: string, date: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Regionaal College' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regionaal College' })).toBeVisible();
  await page.getByLabel('Datum').fill(date);
  await page.getByLabel('Locatie').fill('Stadhuis Amersfoort');
  await page.getByRole('button', { name: 'Vergadering opslaan' }).click();
  await expect(page.getByText('De vergadering is gepland.')).toBeVisible();
  await page.getByLabel('Cyclus', { exact: true }).fill(label);
  // Meetings are listed newest first, so the one just planned is the first choice.
  await page.getByLabel('Vergadering', { exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Cyclus openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Rapportagecyclus ${label}` })).toBeVisible();
}

test('a report goes from the bureau via co-driver and driver onto the College agenda, and its assignment is followed up', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'bureau@regie.example');
  await openCycle(page, 'E2E-cyclus 1', inDays(60));
  await expect(page.getByRole('row', { name: new RegExp(THEME) })).toContainText('Concept');
  await expectAccessible(page);

  await page.getByRole('link', { name: THEME }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Voortgangsrapportage ${THEME} – E2E-cyclus 1` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Vooraf ingevuld uit de strategie' })).toBeVisible();
  await page.getByLabel('Toelichting', { exact: true }).fill('De aanpak van woninginbraken loopt in tien gemeenten.');
  await page.getByLabel('Resultaten', { exact: true }).selectOption({ label: 'Oranje' });
  await page.getByRole('button', { name: 'Rapportage opslaan' }).click();
  await expect(page.getByText('Bij oranje en rood is een toelichting verplicht.')).toBeVisible();
  await page.getByLabel('Toelichting bij Resultaten').fill('Inbraken stijgen in twee gemeenten.');
  await page.getByRole('button', { name: 'Rapportage opslaan' }).click();
  await expect(page.getByText('De rapportage is opgeslagen.')).toBeVisible();
  await page.getByRole('button', { name: 'Bijdragen vragen' }).click();
  await expect(page.getByText('De co-drivers kunnen nu hun bijdrage leveren.')).toBeVisible();
  await expectAccessible(page);
  const reportUrl = page.url();

  await switchUser(page, CO_DRIVER_OM);
  await page.goto(reportUrl);
  await expect(page.getByRole('button', { name: 'Aftekenen' })).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Bijdrage namens Openbaar Ministerie, arrondissement Utrecht' }).fill('Het OM zet snelrecht in bij inbraken.');
  await page.getByRole('button', { name: 'Bijdrage opslaan' }).click();
  await expect(page.getByText('Uw bijdrage is opgeslagen.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Bijdragen van de co-drivers' }).getByRole('listitem')).toContainText(['Openbaar Ministerie, arrondissement Utrecht: Het OM zet snelrecht in bij inbraken.']);
  await expectAccessible(page);

  await switchUser(page, DRIVER);
  await page.getByRole('navigation').getByRole('link', { name: 'Mijn taken' }).click();
  await page.getByRole('link', { name: `${THEME} (E2E-cyclus 1)` }).click();
  await page.getByRole('button', { name: 'Aftekenen' }).click();
  await expect(page.getByText('De rapportage is afgetekend.')).toBeVisible();

  await switchUser(page, 'bureau@regie.example');
  await page.goto(reportUrl);
  await page.getByRole('button', { name: 'Indienen bij het College' }).click();
  await expect(page.getByText('De rapportage is ingediend en staat op de agenda van het College.')).toBeVisible();
  await page.getByRole('link', { name: /^Regionaal College van / }).click();
  const item = `Voortgangsrapportage ${THEME} (E2E-cyclus 1)`;
  await expect(page.getByRole('heading', { level: 3, name: item })).toBeVisible();
  await expectAccessible(page);
  await page.getByText(`Besluit vastleggen bij: ${item}`).click();
  await page.getByLabel('Soort besluit').selectOption({ label: 'Opdracht' });
  await page.getByLabel('Besluit', { exact: true }).fill(ASSIGNMENT);
  await page.getByLabel('Eigenaar').selectOption({ label: OWNER });
  await page.getByLabel('Uiterlijk').fill(inDays(100));
  await page.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(page.getByText('Het besluit is vastgelegd.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: ASSIGNMENT }).last()).toContainText('Opdracht');
  await page.getByLabel(`Document toevoegen bij ${item}`).setInputFiles({ name: 'toelichting woninginbraken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 toelichting') });
  await expect(page.getByText('toelichting woninginbraken.pdf is toegevoegd.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'toelichting woninginbraken.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('toelichting woninginbraken.pdf');

  await openCycle(page, 'E2E-cyclus 2', inDays(150));
  await page.getByRole('link', { name: THEME }).click();
  const followUps = page.getByRole('region', { name: 'Vooraf ingevuld uit de strategie' });
  await expect(followUps.getByRole('listitem').filter({ hasText: `Opdracht: ${ASSIGNMENT}` })).toContainText(OWNER);
  await expect(followUps.getByRole('listitem').filter({ hasText: `Nieuw te volgen: ${ASSIGNMENT}` })).toHaveCount(1);

  await switchUser(page, DRIVER);
  await page.getByRole('navigation').getByRole('link', { name: 'Mijn taken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn taken' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: ASSIGNMENT })).toContainText('Opvolgen');
  await expectAccessible(page);
});

test('the College reads a discussed report of 2010 and compares it with the cycle before', async ({ page }) => {
  await signIn(page, 'college@regie.example');
  await page.getByRole('navigation').getByRole('link', { name: 'Regionaal College' }).click();
  await expect(page.getByRole('region', { name: 'Openstaande opdrachten en toezeggingen' })).toContainText('Toezegging: De politie levert elk kwartaal de cijfers');
  await expectAccessible(page);
  await page.getByRole('link', { name: '2010-T1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapportagecyclus 2010-T1' })).toBeVisible();
  await page.getByRole('link', { name: 'Ondermijning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voortgangsrapportage Ondermijning – 2010-T1' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rapportage opslaan' })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Versies en cycli vergelijken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '2010-T1, versie 1' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '2009-T3, versie 1' })).toBeVisible();
  await expectAccessible(page);
});
