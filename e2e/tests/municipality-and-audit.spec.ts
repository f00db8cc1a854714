import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn } from '../support/session';

test('a municipality official updates their own municipality, and the bureau sees it in the audit log', async ({ page }) => {
  await signIn(page, 'gemeente.zeist@regie.example');
  await page.getByRole('link', { name: 'Gemeenten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeenten' })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole('row', { name: /De Bilt/ }).getByRole('link', { name: /Wijzigen/ })).toHaveCount(0);

  await page.getByRole('row', { name: /Zeist/ }).getByRole('link', { name: /Wijzigen/ }).click();
  await page.getByLabel('Aantal inwoners').fill('60750');
  await page.getByLabel('Website').fill('https://www.zeist.nl');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('De gegevens van Zeist zijn opgeslagen.')).toBeVisible();
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  await signIn(page, 'bureau@regie.example');
  await page.getByRole('link', { name: 'Auditlog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auditlog' })).toBeVisible();
  await expect(page.getByText('60750').first()).toBeVisible();
  await expectAccessible(page);
});

test('a bad value is refused with a message at the field, changing nothing', async ({ page }) => {
  await signIn(page, 'gemeente.de-bilt@regie.example');
  await page.getByRole('link', { name: 'Gemeenten' }).click();
  await page.getByRole('row', { name: /De Bilt/ }).getByRole('link', { name: /Wijzigen/ }).click();
  await page.getByLabel('Website').fill('geen adres');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByLabel('Website')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
});

test('a viewer gets a clear 403 on the audit log, and unknown pages a 404', async ({ page }) => {
  await signIn(page, 'viewer@regie.example');
  await expect(page.getByRole('link', { name: 'Auditlog' })).toHaveCount(0);
  await page.goto('/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/bestaat-niet');
  await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
});
