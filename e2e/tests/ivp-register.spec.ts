import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn } from '../support/session';

// Woerden's official keeps the own IVP register and participation; the bureau keeps the practice library.
// Woerden, so the other local-fit journeys (Utrecht) see the demo data they expect.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

async function openOwnMunicipality(page: import('@playwright/test').Page): Promise<void> {
  await signIn(page, 'gemeente.woerden@regie.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Onze gemeente' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Onze gemeente: Woerden' })).toBeVisible();
}

test('a municipality official records the IVP with its period, council adoption, a link and the plan as a file', async ({ page }) => {
  await openOwnMunicipality(page);
  const register = page.getByRole('region', { name: 'Integraal veiligheidsplan (IVP)' });
  await register.getByRole('button', { name: 'IVP vastleggen' }).click();
  const form = register.getByRole('region', { name: 'Nieuw IVP vastleggen' });
  await form.getByLabel('Titel van het IVP').fill('IVP Woerden 2011–2014');
  await form.getByLabel('Planperiode van').fill('2011-01-01');
  await form.getByLabel('Planperiode tot en met').fill('2014-12-31');
  await form.getByLabel('Kenmerk van het raadsbesluit').fill('RB 2010-45');
  await form.getByLabel('Link naar het IVP').fill('woerden.nl/ivp');
  await form.getByRole('button', { name: 'IVP opslaan' }).click();
  // Explained before sending, on the fields: a complete web address, and the date of the council decision.
  await expect(form.getByText('Vul een volledig webadres in, beginnend met https://')).toBeVisible();
  await expect(form.getByText('Vul de datum van het raadsbesluit in.')).toBeVisible();
  await expect(form.getByLabel('Vastgesteld door de gemeenteraad op')).toBeFocused();
  await expectAccessible(page);

  await form.getByLabel('Vastgesteld door de gemeenteraad op').fill('2010-12-16');
  await form.getByLabel('Link naar het IVP').fill('https://www.woerden.nl/ivp-2011-2014');
  await form.getByRole('button', { name: 'IVP opslaan' }).click();
  const plan = register.getByRole('article', { name: 'IVP Woerden 2011–2014' });
  await expect(plan).toContainText('1 januari 2011 – 31 december 2014');
  await expect(plan).toContainText('16 december 2010 (raadsbesluit RB 2010-45)');
  await expect(plan.getByRole('link', { name: 'https://www.woerden.nl/ivp-2011-2014' })).toBeVisible();

  // The plan itself as a PDF, through the same upload path as agenda documents; the region downloads it.
  await plan.getByRole('button', { name: 'IVP Woerden 2011–2014 wijzigen' }).click();
  await plan.getByLabel('Of het IVP als bestand').setInputFiles({ name: 'ivp-woerden.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% IVP Woerden\n') });
  await plan.getByRole('button', { name: 'IVP opslaan' }).click();
  const file = plan.getByRole('link', { name: 'ivp-woerden.pdf' });
  await expect(file).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), file.click()]);
  expect(download.suggestedFilename()).toBe('ivp-woerden.pdf');
  await expectAccessible(page);
});

test('the official adds, edits and deletes a priority of the IVP', async ({ page }) => {
  await openOwnMunicipality(page);
  const plan = page.getByRole('article', { name: 'IVP Woerden 2011–2014' });
  await plan.getByLabel('Nieuwe prioriteit').fill('Woninginbraak in de wijken');
  await plan.getByRole('button', { name: 'Prioriteit toevoegen' }).click();
  await expect(plan.getByText('Woninginbraak in de wijken — Veilige woon- en leefomgeving')).toBeVisible();
  await plan.getByLabel('Nieuwe prioriteit').fill('Jeugdoverlast');
  await plan.getByRole('button', { name: 'Prioriteit toevoegen' }).click();
  await expect(plan.getByText('Jeugdoverlast — Veilige woon- en leefomgeving')).toBeVisible();

  await plan.getByRole('button', { name: 'Prioriteit Woninginbraak in de wijken wijzigen' }).click();
  await plan.getByLabel('Prioriteit', { exact: true }).fill('Woninginbraak en autokraak');
  await plan.getByLabel('Veiligheidsveld (Kernbeleid Veiligheid)').first().selectOption({ label: 'Bedrijvigheid en veiligheid' });
  await plan.getByLabel('Regionaal thema').first().selectOption({ label: 'Veel voorkomende criminaliteit' });
  await expectAccessible(page);
  await plan.getByRole('button', { name: 'Prioriteit opslaan' }).click();
  await expect(plan.getByText('Woninginbraak en autokraak — Bedrijvigheid en veiligheid (sluit aan op het regionale thema Veel voorkomende criminaliteit)')).toBeVisible();

  await plan.getByRole('button', { name: 'Prioriteit Jeugdoverlast wijzigen' }).click();
  await plan.getByRole('button', { name: 'Prioriteit verwijderen' }).click();
  await expect(plan.getByText('Prioriteit ‘Jeugdoverlast’ verwijderen? Dit kan niet ongedaan worden gemaakt.')).toBeVisible();
  await expectAccessible(page);
  await plan.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();
  await expect(plan.getByText('Jeugdoverlast — Veilige woon- en leefomgeving')).toHaveCount(0);
  await expect(plan.getByText('Woninginbraak en autokraak — Bedrijvigheid en veiligheid', { exact: false })).toBeVisible();
});

test('the official records participation in one regional action', async ({ page }) => {
  await openOwnMunicipality(page);
  const overlast = page.getByRole('article', { name: 'Overlast' });
  await overlast.getByRole('button', { name: 'Deelname aan de actie Buurtbemiddeling in alle gemeenten wijzigen' }).click();
  await overlast.getByLabel('Deelname', { exact: true }).selectOption({ label: 'Doet deels mee' });
  await overlast.getByLabel('Lokale contactpersoon').fill('M. Jansen');
  await overlast.getByLabel('Lokale capaciteit (fte)').fill('0.4');
  await overlast.getByLabel('Lokaal budget (€)').fill('12000');
  await overlast.getByLabel('Neemt deel sinds').fill('2010-02-01');
  await expectAccessible(page);
  await overlast.getByRole('button', { name: 'Deelname opslaan' }).click();
  await expect(overlast.getByRole('button', { name: 'Deelname opslaan' })).toHaveCount(0);
  const action = overlast.getByRole('listitem').filter({ hasText: 'Buurtbemiddeling in alle gemeenten' });
  await expect(action).toContainText('Doet deels mee — contactpersoon M. Jansen — 0,4 fte, € 12.000 (sinds 1 februari 2010)');
});

test('the bureau edits a good practice: description, theme and contact', async ({ page }) => {
  await signIn(page, 'bureau@regie.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Goede praktijken' }).click();
  const practice = page.getByRole('article', { name: 'Aanpak fietsendiefstal' });
  await practice.getByRole('button', { name: 'Goede praktijk Aanpak fietsendiefstal wijzigen' }).click();
  await practice.getByLabel('Beschrijving').fill('Lokfietsen, fietsregistratie en bewaakte stallingen bij stations.');
  await practice.getByLabel('Thema').selectOption({ label: 'Veel voorkomende criminaliteit' });
  await practice.getByLabel('Contact').fill('Programmabureau, team fietsen');
  await expectAccessible(page);
  await practice.getByRole('button', { name: 'Praktijk opslaan' }).click();
  await expect(practice.getByRole('button', { name: 'Praktijk opslaan' })).toHaveCount(0);
  await expect(practice).toContainText('Lokfietsen, fietsregistratie en bewaakte stallingen bij stations.');
  await expect(practice).toContainText('Veel voorkomende criminaliteit');
  await expect(practice).toContainText('Programmabureau, team fietsen');
});
