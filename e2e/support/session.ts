import { expect, Page } from '@playwright/test';

/** Signs in through the sign-in page, as a user would, and waits for the start page. */
export async function signIn(page: Page, email: string, password = 'demo'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
}
