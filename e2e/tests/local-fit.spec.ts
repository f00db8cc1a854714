import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn } from '../support/session';

// One journey across roles on one database: the official's assessment is what the driver and the bureau see next.
// Each journey checks several pages with axe, which takes seconds per page on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

test('a municipality official records that ondermijning fits only with adaptation, with reasons', async ({ page }) => {
  await signIn(page, 'gemeente.utrecht@regie.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Onze gemeente' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Onze gemeente: Utrecht' })).toBeVisible();
  await expect(page.getByText('100.000 inwoners of meer')).toBeVisible();
  await expectAccessible(page);

  const ondermijning = page.getByRole('article', { name: 'Ondermijning' });
  await ondermijning.getByRole('button', { name: 'Lokale aansluiting van Ondermijning beoordelen' }).click();
  await ondermijning.getByRole('radio', { name: 'Past met aanpassing' }).check();
  await ondermijning.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  // The shared rule explains before sending: a reason and the adaptation are needed.
  await expect(ondermijning.getByText('Beschrijf welke aanpassing u van de regio vraagt.')).toBeVisible();
  await expectAccessible(page);

  await ondermijning.getByLabel('Lokale omvang van het probleem').fill('Ondermijning concentreert zich in twee wijken (eigen wijkscan).');
  await ondermijning.getByLabel('Gevraagde aanpassing van de regio').fill('Richt de RIEC-inzet eerst op Overvecht en Kanaleneiland.');
  await ondermijning.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await expect(ondermijning.getByRole('button', { name: 'Beoordeling opslaan' })).toHaveCount(0);
  await expect(ondermijning.getByText('Past met aanpassing', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Openstaande verzoeken aan de regio' })).toContainText('Richt de RIEC-inzet eerst op Overvecht en Kanaleneiland.');
});

test('the official records the own participation and an IVP priority', async ({ page }) => {
  await signIn(page, 'gemeente.utrecht@regie.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Onze gemeente' }).click();
  const overlast = page.getByRole('article', { name: 'Overlast' });
  await overlast.getByRole('button', { name: 'Deelname aan Overlast wijzigen' }).click();
  await overlast.getByLabel('Deelname', { exact: true }).selectOption({ label: 'Eigen lokale aanpak' });
  await overlast.getByRole('button', { name: 'Deelname opslaan' }).click();
  await expect(overlast.getByText('Beschrijf de eigen lokale aanpak.')).toBeVisible();
  await expectAccessible(page);
  await overlast.getByLabel('Eigen lokale aanpak (bij een eigen aanpak)').fill('Utrechtse wijkaanpak jeugdgroepen');
  await overlast.getByRole('button', { name: 'Deelname opslaan' }).click();
  await expect(overlast.getByRole('button', { name: 'Deelname opslaan' })).toHaveCount(0);
  await expect(overlast.getByText('Eigen lokale aanpak', { exact: true })).toBeVisible();
  await expect(overlast).toContainText('Utrechtse wijkaanpak jeugdgroepen');

  const ivp = page.getByRole('region', { name: 'Integraal veiligheidsplan (IVP)' });
  await ivp.getByLabel('Nieuwe prioriteit').fill('Radicalisering');
  await ivp.getByLabel('Veiligheidsveld (Kernbeleid Veiligheid)').selectOption({ label: 'Integriteit en veiligheid' });
  await ivp.getByLabel('Regionaal thema').selectOption({ label: 'Ondermijning' });
  await ivp.getByRole('button', { name: 'Prioriteit toevoegen' }).click();
  await expect(ivp.getByText('Radicalisering — Integriteit en veiligheid (sluit aan op het regionale thema Ondermijning)')).toBeVisible();
});

test('the official sees another municipality but cannot assess it', async ({ page }) => {
  await signIn(page, 'gemeente.utrecht@regie.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Lokale aansluiting' }).click();
  await page.getByRole('link', { name: 'Zeist', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Onze gemeente: Zeist' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Aansluiting beoordelen' })).toHaveCount(0);
  await expectAccessible(page);
});

test('the driver of ondermijning sees it on the theme page, with the reasons', async ({ page }) => {
  await signIn(page, 'driver.ondermijning@regie.example');
  await page.getByRole('link', { name: 'Ondermijning', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ondermijning' })).toBeVisible();
  const localFit = page.getByRole('region', { name: 'Lokale aansluiting in de gemeenten' });
  await expect(localFit.getByRole('heading', { level: 3, name: 'Utrecht: Past met aanpassing' })).toBeVisible();
  await expect(localFit).toContainText('Richt de RIEC-inzet eerst op Overvecht en Kanaleneiland.');
  await expect(localFit.getByRole('heading', { level: 3, name: 'Renswoude: Past niet' })).toBeVisible();
  await expectAccessible(page);

  // The driver answers on the municipality's page; the request is then no longer open.
  await localFit.getByRole('link', { name: 'Utrecht' }).click();
  const ondermijning = page.getByRole('article', { name: 'Ondermijning' });
  await ondermijning.getByLabel('Reactie').fill('Akkoord: we starten in Overvecht.');
  await ondermijning.getByRole('button', { name: 'Reactie plaatsen' }).click();
  await expect(ondermijning.getByText('Akkoord: we starten in Overvecht.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Openstaande verzoeken aan de regio' })).toContainText('Er staan geen verzoeken open.');
  await expectAccessible(page);
});

test('the bureau sees it in the matrix and an overlap signal for a duplicated local approach', async ({ page }) => {
  await signIn(page, 'bureau@regie.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Lokale aansluiting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lokale aansluiting' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Deelname en lokale aansluiting per thema en gemeente' });
  await expect(table.getByRole('row')).toHaveCount(30);
  await expectAccessible(page);

  await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'Ondermijning' });
  await page.getByLabel('Aansluiting', { exact: true }).selectOption({ label: 'Past met aanpassing' });
  await expect(table.getByRole('columnheader')).toHaveText(['Gemeente', 'Ondermijning']);
  const utrecht = table.getByRole('row', { name: /Utrecht/ });
  await expect(utrecht.getByRole('cell')).toHaveText('Doet volledig meePast met aanpassing');
  await expect(table.getByRole('row', { name: /Renswoude/ })).toHaveCount(0);

  const overlap = page.getByRole('region', { name: 'Signalen van overlap' });
  await expect(overlap).toContainText(
    'Amersfoort heeft een eigen aanpak (Amersfoortse aanpak jeugdgroepen met een eigen shortlist en wijkteams) voor het doel ‘Minder overlast door jeugdgroepen’, terwijl de regionale actie ‘Shortlistmethodiek jeugdgroepen’ voor dat doel ook in Amersfoort loopt.',
  );
  await expectAccessible(page);
});

test('the bureau adds a good practice and sees the roll-out', async ({ page }) => {
  await signIn(page, 'bureau@regie.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Goede praktijken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Weekendarrangement uitgaansgeweld' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Weekendarrangement uitgaansgeweld' })).toContainText('14% ingevoerd (4 van 29 gemeenten loopt of is geborgd)');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Goede praktijk toevoegen' }).click();
  await page.getByLabel('Naam van de praktijk').fill('Buurtpreventie-apps');
  await page.getByLabel('Beschrijving').fill('Afspraken over WhatsApp-groepen voor buurtpreventie.');
  await page.getByRole('button', { name: 'Praktijk opslaan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Buurtpreventie-apps' })).toBeVisible();
});
