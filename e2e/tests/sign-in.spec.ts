import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn } from '../support/session';

const THEMES = ['Overlast', 'Ongelijkwaardigheid', 'Ondermijning', 'Veel voorkomende criminaliteit', 'Misdrijven met grote maatschappelijke impact'];

test('a driver signs in, sees the five themes with their drivers and co-drivers, and signs out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expectAccessible(page);

  await signIn(page, 'driver.overlast@regie.example');
  for (const theme of THEMES) await expect(page.getByRole('heading', { name: theme, exact: true })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText('Burgemeester van Zeist', { exact: true })).toBeVisible();
  await expect(main.getByText('Officier van justitie, thema Overlast', { exact: true })).toBeVisible();
  await expect(main.getByText('Politiechef, thema Overlast', { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Faccount/);
});

test('a wrong password is refused with a clear message and no session', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill('bureau@regie.example');
  await page.getByLabel('Wachtwoord').fill('niet-demo');
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(/onjuist|niet correct|klopt niet/i);
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toHaveCount(0);
  await expectAccessible(page);
});

test('the portal switches to English and back at run time', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('my account shows the roles of the signed-in user', async ({ page }) => {
  await signIn(page, 'codriver.ondermijning.om@regie.example');
  await page.getByRole('link', { name: 'Mijn account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Co-driver/ }).getByRole('cell', { name: 'Ondermijning', exact: true })).toBeVisible();
  await expectAccessible(page);
});
