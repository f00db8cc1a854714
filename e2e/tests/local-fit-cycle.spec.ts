import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn } from '../support/session';

// One journey across roles on one database: the official's renewed assessment is what the driver answers
// on the theme page; then the bureau handles an overlap signal. Other themes and signals than local-fit.spec.ts
// uses, so both files can run on one server in either order.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const THEME = 'Veel voorkomende criminaliteit';
/** The demo assessments are for 2009; today's cycle is the calendar year. */
const CYCLE = String(new Date().getFullYear());
const REASON = 'De handhavers zijn in dit jaar ingezet op de binnenstad; voor fietsendiefstal blijft geen capaciteit.';

test('a municipality official renews an assessment for the new cycle and keeps the earlier one as history', async ({ page }) => {
  await signIn(page, 'gemeente.utrecht@regie.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Onze gemeente' }).click();
  const theme = page.getByRole('article', { name: THEME });
  await expect(theme.getByText('(cyclus 2009)')).toBeVisible();

  await theme.getByRole('button', { name: `Nieuwe beoordeling van ${THEME} voor cyclus ${CYCLE} starten` }).click();
  await expect(theme.getByText(`Nieuwe beoordeling voor cyclus ${CYCLE}, vooraf ingevuld met die van 2009.`, { exact: false })).toBeVisible();
  // Pre-filled from 2009, which said "fits".
  await expect(theme.getByRole('radio', { name: 'Past', exact: true })).toBeChecked();
  await theme.getByRole('radio', { name: 'Past niet' }).check();
  await theme.getByLabel('Beschikbare capaciteit').fill(REASON);
  await expectAccessible(page);
  await theme.getByRole('button', { name: 'Beoordeling opslaan' }).click();

  await expect(theme.getByRole('button', { name: 'Beoordeling opslaan' })).toHaveCount(0);
  await expect(theme.getByText(`(cyclus ${CYCLE})`)).toBeVisible();
  await expect(theme.getByText('Past niet', { exact: true })).toBeVisible();
  await expect(theme).toContainText('Ambtenaar integrale veiligheid, gemeente Utrecht');
  // Renewed for this cycle: no second renewal offered, only revising it.
  await expect(theme.getByRole('button', { name: /Nieuwe beoordeling/ })).toHaveCount(0);
  await expect(theme.getByRole('button', { name: `Lokale aansluiting van ${THEME} beoordelen` })).toBeVisible();

  await theme.getByText('Eerdere beoordelingen (1)').click();
  await expect(theme.getByRole('listitem').filter({ hasText: 'Cyclus 2009: Past' })).toBeVisible();
  await expectAccessible(page);
});

test('the theme’s driver reads the renewed assessment and comments from the theme page', async ({ page }) => {
  await signIn(page, 'driver.veelvoorkomende-criminaliteit@regie.example');
  await page.getByRole('link', { name: THEME, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: THEME })).toBeVisible();
  const localFit = page.getByRole('region', { name: 'Lokale aansluiting in de gemeenten' });
  const utrecht = localFit.getByRole('article', { name: 'Utrecht: Past niet' });
  await expect(utrecht).toContainText(REASON);
  await expect(utrecht.getByText('Nog geen reacties.')).toBeVisible();
  await expectAccessible(page);

  await utrecht.getByLabel('Reactie', { exact: true }).fill('We bespreken de capaciteit voor fietsendiefstal in het thema-overleg.');
  await utrecht.getByRole('button', { name: 'Reactie plaatsen' }).click();
  await expect(utrecht.getByRole('listitem').filter({ hasText: 'We bespreken de capaciteit voor fietsendiefstal in het thema-overleg.' })).toContainText('Burgemeester van Amersfoort');
  await expect(utrecht.getByLabel('Reactie', { exact: true })).toHaveValue('');
  await expectAccessible(page);
});

test('another theme’s driver reads the comments but gets no comment form', async ({ page }) => {
  await signIn(page, 'driver.overlast@regie.example');
  await page.getByRole('link', { name: THEME, exact: true }).first().click();
  const utrecht = page.getByRole('region', { name: 'Lokale aansluiting in de gemeenten' }).getByRole('article', { name: 'Utrecht: Past niet' });
  await expect(utrecht).toContainText('We bespreken de capaciteit voor fietsendiefstal in het thema-overleg.');
  await expect(utrecht.getByLabel('Reactie', { exact: true })).toHaveCount(0);
});

test('the bureau marks an overlap signal discussed/handled with a note, and can open it again', async ({ page }) => {
  await signIn(page, 'bureau@regie.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Lokale aansluiting' }).click();
  const overlap = page.getByRole('region', { name: 'Signalen van overlap' });
  const open = overlap.getByRole('list', { name: /^Open signalen/ });
  const zeist = open.getByRole('listitem').filter({ hasText: 'Zeist heeft een eigen aanpak' });
  await expect(zeist).toHaveCount(1);
  await expect(overlap.getByText(/^Besproken \/ afgehandeld/)).toHaveCount(0);

  await zeist.getByRole('button', { name: /markeren als besproken \/ afgehandeld/ }).click();
  const note = zeist.getByLabel('Notitie: wat is besproken of afgesproken');
  // Only spaces: the API refuses and the field says why.
  await note.fill('   ');
  await zeist.getByRole('button', { name: 'Markeren als besproken / afgehandeld', exact: true }).click();
  await expect(zeist.getByText('Schrijf kort op wat is besproken of afgesproken.').first()).toBeVisible();
  await expectAccessible(page);
  await note.fill('Besproken in het bureauoverleg: Zeist sluit aan bij de regionale fietsregistratie.');
  await zeist.getByRole('button', { name: 'Markeren als besproken / afgehandeld', exact: true }).click();

  await expect(open.getByRole('listitem').filter({ hasText: 'Zeist heeft een eigen aanpak' })).toHaveCount(0);
  await overlap.getByText('Besproken / afgehandeld (1)').click();
  const handled = overlap.getByRole('listitem').filter({ hasText: 'Zeist heeft een eigen aanpak' });
  await expect(handled).toContainText('Besproken / afgehandeld door Medewerker Bureau Regionale Veiligheidsstrategie op');
  await expect(handled).toContainText('Zeist sluit aan bij de regionale fietsregistratie.');
  await expectAccessible(page);

  await page.reload();
  await expect(overlap.getByText('Besproken / afgehandeld (1)')).toBeVisible();
  await overlap.getByText('Besproken / afgehandeld (1)').click();
  await overlap.getByRole('button', { name: 'Signaal 1 weer openzetten' }).click();
  await expect(open.getByRole('listitem').filter({ hasText: 'Zeist heeft een eigen aanpak' })).toHaveCount(1);
  await expect(overlap.getByText(/^Besproken \/ afgehandeld/)).toHaveCount(0);
});
