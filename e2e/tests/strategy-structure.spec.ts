import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn } from '../support/session';

test('a driver opens the theme, reads the mandate and the plan checks, and adds a goal', async ({ page }) => {
  await signIn(page, 'driver.overlast@regie.example');
  await page.getByRole('link', { name: 'Overlast', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overlast' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Mandaat van driver en co-drivers' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Kwaliteit van het plan' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Minder overlast door jeugdgroepen' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  await page.getByLabel('Titel van het doel').fill('Veilige schoolomgeving');
  await page.getByRole('button', { name: 'Doel opslaan' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Veilige schoolomgeving' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kwaliteit van het plan' }).getByRole('link', { name: 'Veilige schoolomgeving' }).first()).toBeVisible();
});

test('a driver of another theme sees the theme but cannot edit it', async ({ page }) => {
  await signIn(page, 'driver.ondermijning@regie.example');
  await page.getByRole('link', { name: 'Overlast', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overlast' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Minder overlast door jeugdgroepen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Doel toevoegen' })).toHaveCount(0);
});

test('the strategy tree shows goals and actions and filters by municipality', async ({ page }) => {
  await signIn(page, 'bureau@regie.example');
  await page.getByRole('link', { name: 'Strategieboom' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategieboom' })).toBeVisible();
  await expect(page.getByText('Shortlistmethodiek jeugdgroepen')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Gemeente').selectOption({ label: 'Zeist' });
  await expect(page).toHaveURL(/gemeente=/);
});
