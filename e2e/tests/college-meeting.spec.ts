import { expect, Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn } from '../support/session';

const PRESENT = 'Burgemeester van Amersfoort';
const LABEL = 'E2E-verplaatsing';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The way the portal writes a date in Dutch: "1 maart 2030". */
const dutch = (isoDate: string) => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));

/** The value next to a term in the cycle page's list of deadlines. */
const deadline = (page: Page, term: string) => page.locator('dl').first().locator('.utrecht-data-list__item', { has: page.getByText(term, { exact: true }) }).locator('dd');

test('the bureau edits lead times, moves the meeting (the deadlines move with it) and records attendance', async ({ page }) => {
  test.setTimeout(120_000);
  const meetingDate = inDays(70);
  const movedDate = inDays(84);
  await signIn(page, 'bureau@regie.example');

  // Plan a meeting and open a cycle for it.
  await page.getByRole('navigation').getByRole('link', { name: 'Regionaal College' }).click();
  await page.getByLabel('Datum').fill(meetingDate);
  await page.getByLabel('Locatie').fill('Provinciehuis');
  await page.getByRole('button', { name: 'Vergadering opslaan' }).click();
  await expect(page.getByText('De vergadering is gepland.')).toBeVisible();
  await page.getByLabel('Cyclus', { exact: true }).fill(LABEL);
  await page.getByLabel('Vergadering', { exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Cyclus openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Rapportagecyclus ${LABEL}` })).toBeVisible();
  await expect(deadline(page, 'Stukken verzonden op')).toHaveText(dutch(addDays(meetingDate, -7)));

  // Lead times: refused out of range, previewed while typing, saved.
  await page.getByText('Doorlooptijden wijzigen').click();
  const papersOut = page.getByLabel('Stukken verzenden (dagen voor de vergadering)');
  await papersOut.fill('-1');
  await page.getByRole('button', { name: 'Doorlooptijden opslaan' }).click();
  await expect(page.getByText('Deze waarde is te laag.')).toBeVisible();
  await expect(papersOut).toHaveAttribute('aria-invalid', 'true');
  await papersOut.fill('14');
  const preview = page.locator('[aria-live="polite"]', { has: page.getByRole('heading', { name: 'Deadlines met deze doorlooptijden' }) });
  await expect(preview.locator('.utrecht-data-list__item', { hasText: 'Stukken verzonden op' }).locator('dd')).toHaveText(dutch(addDays(meetingDate, -14)));
  await page.getByRole('button', { name: 'Doorlooptijden opslaan' }).click();
  await expect(page.getByText('De doorlooptijden zijn opgeslagen; de deadlines zijn bijgewerkt.')).toBeVisible();
  await expect(deadline(page, 'Stukken verzonden op')).toHaveText(dutch(addDays(meetingDate, -14)));
  await expect(deadline(page, 'Bijdragen uiterlijk')).toHaveText(dutch(addDays(meetingDate, -14 - 5 - 7 - 7)));
  await expectAccessible(page);

  // Move the meeting two weeks: the form shows the cycle's new deadlines.
  await page.locator('dl').first().getByRole('link', { name: dutch(meetingDate) }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Regionaal College van ${dutch(meetingDate)}` })).toBeVisible();
  await page.getByText('Vergadering wijzigen').click();
  await page.getByLabel('Datum').fill(movedDate);
  await page.getByLabel('Locatie').fill('Stadhuis Zeist');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByText(`De vergadering is verplaatst van ${dutch(meetingDate)} naar ${dutch(movedDate)}. De deadlines zijn meeverschoven:`)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: LABEL })).toContainText(`Stukken verzonden op ${dutch(addDays(movedDate, -14))}`);
  await expect(page.getByRole('heading', { level: 1, name: `Regionaal College van ${dutch(movedDate)}` })).toBeVisible();
  await expectAccessible(page);

  // Attendance: one present, one excused; a person in both lists is refused first.
  await expect(page.getByText('De aanwezigheid is nog niet vastgelegd.')).toBeVisible();
  await page.getByText('Aanwezigheid vastleggen', { exact: true }).click();
  const present = page.getByRole('group', { name: 'Aanwezig', exact: true });
  const excused = page.getByRole('group', { name: 'Afgemeld (met bericht van verhindering)' });
  await present.getByLabel(PRESENT, { exact: true }).check();
  await excused.getByLabel(PRESENT, { exact: true }).check();
  await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
  await expect(page.getByText('Iemand kan niet tegelijk aanwezig en afgemeld zijn.', { exact: false })).toBeVisible();
  await excused.getByLabel(PRESENT, { exact: true }).uncheck();
  const other = excused.getByRole('checkbox').nth(3);
  const otherName = (await excused.locator('label').nth(3).innerText()).trim();
  await other.check();
  await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
  await expect(page.getByText('De aanwezigheid is opgeslagen.')).toBeVisible();
  const recorded = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Aanwezigheid' }) }).locator('dl');
  await expect(recorded.locator('.utrecht-data-list__item', { hasText: 'Aanwezig' }).first().locator('dd')).toHaveText(PRESENT);
  await expect(recorded.locator('.utrecht-data-list__item', { hasText: 'Afgemeld' }).locator('dd')).toContainText(otherName.replace(/ \(.*\)$/, ''));
  await expectAccessible(page);

  // Back on the cycle page the deadlines count back from the new date.
  await page.locator('dl').first().getByRole('link', { name: LABEL }).click();
  await expect(deadline(page, 'Stukken verzonden op')).toHaveText(dutch(addDays(movedDate, -14)));
});

test('while the bureau corrects a submitted report, the College still reads the submitted version, labelled as such', async ({ page }) => {
  test.setTimeout(90_000);
  const submitted = 'In 2009-T2 is de regionale aanpak van overlast volgens plan voortgezet; de cijfers staan in de bijlage.';
  await signIn(page, 'bureau@regie.example');
  await page.getByRole('navigation').getByRole('link', { name: 'Regionaal College' }).click();
  await page.getByRole('link', { name: '2009-T2' }).click();
  await page.getByRole('link', { name: 'Overlast', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voortgangsrapportage Overlast – 2009-T2' })).toBeVisible();
  await page.getByRole('button', { name: 'Corrigeren (nieuwe versie)' }).click();
  await expect(page.getByText('De rapportage is heropend als nieuwe versie; de ingediende versie blijft leesbaar.')).toBeVisible();
  await page.getByLabel('Toelichting', { exact: true }).fill('Correctie in voorbereiding: de cijfers van Zeist waren onvolledig.');
  await page.getByRole('button', { name: 'Rapportage opslaan' }).click();
  await expect(page.getByText('De rapportage is opgeslagen.')).toBeVisible();
  const reportUrl = page.url();

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await signIn(page, 'college@regie.example');
  await page.getByRole('navigation').getByRole('link', { name: 'Regionaal College' }).click();
  await page.getByRole('link', { name: '2009-T2' }).click();
  await expect(page.getByRole('row', { name: /Overlast/ })).toContainText('Wordt gecorrigeerd; versie 1 is leesbaar');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Overlast', exact: true }).click();
  await expect(page).toHaveURL(reportUrl);
  await expect(page.getByText(/^Deze rapportage wordt gecorrigeerd\. U ziet de laatst ingediende versie \(versie 1, ingediend op /)).toBeVisible();
  await expect(page.getByText(submitted)).toBeVisible();
  await expect(page.getByText('Correctie in voorbereiding', { exact: false })).toHaveCount(0);
  await expectAccessible(page);
});
