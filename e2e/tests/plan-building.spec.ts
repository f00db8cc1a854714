import { expect, Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn } from '../support/session';

const THEME = 'Veel voorkomende criminaliteit';
const GOAL = 'Minder fietsendiefstal bij stations';
const INDICATOR = 'Aangiften fietsendiefstal bij stations';
const ACTION = 'Fietsenstallingen bewaakt en gemarkeerd';

const csv = (rows: string[]) => ({ name: 'fietsendiefstal.csv', mimeType: 'text/csv', buffer: Buffer.from(['periode;gemeente;waarde;bron', ...rows].join('\n')) });

async function openTheme(page: Page) {
  await page.getByRole('link', { name: THEME, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: THEME })).toBeVisible();
}

const findings = (page: Page) => page.getByRole('region', { name: 'Kwaliteit van het plan' });

test.describe.serial('the bureau builds a goal with indicator, values and action; drivers see it', () => {
  test('the bureau creates a goal, indicator with target, imports values, adds an action with milestone, capacity and budget', async ({ page }) => {
    // One long journey through many forms, with two accessibility scans of a full theme page.
    test.setTimeout(120_000);
    await signIn(page, 'bureau@regie.example');
    await openTheme(page);

    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByLabel('Titel van het doel').fill(GOAL);
    await page.getByRole('button', { name: 'Doel opslaan' }).click();
    const goal = page.getByRole('article', { name: GOAL });
    await expect(goal).toBeVisible();
    await expect(findings(page).getByRole('listitem').filter({ hasText: `Doel zonder meetbare indicator: ${GOAL}` })).toBeVisible();
    await expect(findings(page).getByRole('listitem').filter({ hasText: `Doel zonder actie: ${GOAL}` })).toBeVisible();

    await goal.getByRole('button', { name: `Indicator toevoegen aan ${GOAL}` }).click();
    await goal.getByLabel('Naam van de indicator').fill(INDICATOR);
    await goal.getByLabel('Definitie').fill('Aangiften van fietsendiefstal binnen 500 meter van een station');
    await goal.getByLabel('Eenheid (bijvoorbeeld meldingen of %)').fill('aangiften');
    await goal.getByLabel('Meetfrequentie').selectOption({ label: 'Per kwartaal' });
    await goal.getByLabel('Nulmeting', { exact: true }).fill('840');
    await goal.getByLabel('Periode van de nulmeting').fill('2008');
    await goal.getByLabel('Streefwaarde', { exact: true }).fill('600');
    await goal.getByLabel('Streefwaarde uiterlijk op').fill('2011-12-31');
    await goal.getByRole('button', { name: 'Indicator opslaan' }).click();
    await expect(goal.getByRole('heading', { level: 4, name: INDICATOR })).toBeVisible();
    await expect(findings(page).getByRole('listitem').filter({ hasText: `Doel zonder meetbare indicator: ${GOAL}` })).toHaveCount(0);

    // A file with one bad row is refused as a whole, naming the row.
    await goal.getByText('Meetwaarden importeren (CSV of XLSX)').click();
    const file = goal.getByLabel(`Bestand met meetwaarden voor ${INDICATOR}`);
    await file.setInputFiles(csv(['2009-Q1;;210;politie', '2009-Q2;;veel;politie', '2009-Q3;Zeist;12;politie']));
    await goal.getByRole('button', { name: 'Importeren' }).click();
    await expect(goal.getByText('Het bestand is niet geïmporteerd; er is niets opgeslagen.', { exact: false })).toBeVisible();
    await expect(goal.getByText('Rij 2 (regel 3), waarde: ‘veel’ is geen getal')).toBeVisible();
    await file.setInputFiles(csv(['2009-Q1;;210;politie', '2009-Q2;;190;politie', '2009-Q2;Zeist;12;politie']));
    await goal.getByRole('button', { name: 'Importeren' }).click();
    await expect(goal.getByText('3 waarden geïmporteerd (3 nieuw, 0 bijgewerkt).')).toBeVisible();
    await expect(goal.getByText(/190 aangiften/)).toBeVisible();

    await goal.getByRole('button', { name: `Actie toevoegen aan ${GOAL}` }).click();
    await goal.getByLabel('Titel van de actie').fill(ACTION);
    await goal.getByLabel('Eigenaar (organisatie)').selectOption({ label: 'Politie Utrecht' });
    await goal.getByRole('group', { name: 'Deelnemende gemeenten' }).getByLabel('Utrecht', { exact: true }).check();
    await goal.getByLabel('Fase', { exact: true }).selectOption({ label: 'Uitvoering' });
    await goal.getByLabel('Analyse waarop de actie steunt').fill('Hotspotanalyse fietsendiefstal 2008');
    await expectAccessible(page);
    await goal.getByRole('button', { name: 'Actie opslaan' }).click();
    await expect(goal.getByRole('rowheader', { name: ACTION })).toBeVisible();
    await expect(findings(page).getByRole('listitem').filter({ hasText: `Actie zonder budget: ${ACTION}` })).toBeVisible();

    await goal.getByText(`Mijlpalen van ${ACTION} (0)`).click();
    await goal.getByLabel('Nieuwe mijlpaal').fill('Stallingen Utrecht CS bewaakt');
    await goal.getByLabel('Gepland op').fill('2010-03-31');
    await goal.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
    await expect(goal.getByText(`Mijlpalen van ${ACTION} (1)`)).toBeVisible();

    const capacity = goal.locator('details').filter({ has: page.getByText(`Capaciteit van ${ACTION} (0)`) });
    await capacity.getByText(`Capaciteit van ${ACTION} (0)`).click();
    await capacity.getByLabel('Partner', { exact: true }).selectOption({ label: 'Politie Utrecht' });
    await capacity.getByLabel('Periode', { exact: true }).fill('2010');
    await capacity.getByLabel('Capaciteit', { exact: true }).fill('0.5');
    await capacity.getByRole('button', { name: 'Capaciteit toevoegen' }).click();
    await expect(goal.getByText(`Capaciteit van ${ACTION} (1)`)).toBeVisible();
    await expect(goal.getByRole('row', { name: new RegExp(ACTION) }).getByText('0,5 fte (2010)')).toBeVisible();

    const budget = goal.locator('details').filter({ has: page.getByText(`Budgetregel toevoegen aan ${ACTION}`) });
    await budget.getByText(`Budgetregel toevoegen aan ${ACTION}`).click();
    await budget.getByLabel('Jaar', { exact: true }).fill('2010');
    await budget.getByLabel('Financieringsbron').fill('regionaal budget');
    await budget.getByLabel('Toegezegd (euro)').fill('40000');
    await budget.getByRole('button', { name: 'Budgetregel toevoegen' }).click();
    await expect(budget.getByText('De budgetregel is toegevoegd.')).toBeVisible();

    for (const check of ['Doel zonder actie', 'Actie zonder mijlpalen', 'Actie zonder capaciteit', 'Actie zonder budget', 'Actie zonder eigenaar', 'Actie zonder analyse']) {
      await expect(findings(page).getByRole('listitem').filter({ hasText: new RegExp(`^\\s*${check}: (${GOAL}|${ACTION})\\s*$`) })).toHaveCount(0);
    }
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Strategieboom' }).click();
    const tree = page.getByRole('main');
    await expect(tree.getByText(GOAL)).toBeVisible();
    await expect(tree.getByText(ACTION)).toBeVisible();
    await page.getByLabel('Gemeente').selectOption({ label: 'Utrecht' });
    await expect(tree.getByText(ACTION)).toBeVisible();
    await page.getByLabel('Gemeente').selectOption({ label: 'Zeist' });
    await expect(tree.getByText(ACTION)).toHaveCount(0);
  });

  test('the driver of the theme sees it and may change it', async ({ page }) => {
    await signIn(page, 'driver.veelvoorkomende-criminaliteit@regie.example');
    await openTheme(page);
    const goal = page.getByRole('article', { name: GOAL });
    await expect(goal.getByRole('heading', { level: 4, name: INDICATOR })).toBeVisible();
    await expect(goal.getByRole('rowheader', { name: ACTION })).toBeVisible();
    await expect(goal.getByRole('button', { name: `Actie wijzigen: ${ACTION}` })).toBeVisible();
  });

  test('a co-driver of another theme reads it but gets no edit controls', async ({ page }) => {
    await signIn(page, 'codriver.overlast.politie@regie.example');
    await openTheme(page);
    const goal = page.getByRole('article', { name: GOAL });
    await expect(goal.getByRole('rowheader', { name: ACTION })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Doel toevoegen' })).toHaveCount(0);
    await expect(goal.getByRole('button', { name: `Actie wijzigen: ${ACTION}` })).toHaveCount(0);
    await expect(goal.getByRole('button', { name: `Indicator wijzigen: ${INDICATOR}` })).toHaveCount(0);
  });
});
