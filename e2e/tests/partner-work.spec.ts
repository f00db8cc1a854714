import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn } from '../support/session';

// A partner organisation updates its own part: Bureau Halt reports the capacity it realised and marks its
// milestone done, from "Ons werk"; the police's and Bureau Jeugdzorg's lines on the same action offer no edit.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const ACTION = 'Shortlistmethodiek jeugdgroepen';
const HALT_MILESTONE = 'Halt-afdoening aangeboden aan alle jongeren uit de groepen';

test('a partner sees its work, reports its realised capacity and marks its milestone done', async ({ page }) => {
  await signIn(page, 'partner.halt@regie.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Ons werk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ons werk' })).toBeVisible();
  const action = page.getByRole('region', { name: ACTION });
  await expect(action.getByText('Uw organisatie is partner')).toBeVisible();
  await expect(action.getByRole('row').filter({ hasText: 'Bureau Jeugdzorg' }).first()).toBeVisible();
  await expectAccessible(page);

  // Only the own organisation's lines and milestones have edit controls.
  await expect(action.getByRole('button', { name: 'Capaciteit van Bureau Jeugdzorg in 2009 wijzigen' })).toHaveCount(0);
  await expect(action.getByRole('button', { name: 'Capaciteit van Politie Utrecht in 2009 wijzigen' })).toHaveCount(0);
  await expect(action.getByRole('button', { name: 'Markeer als gereed: Aanpak per criminele groep vastgesteld' })).toHaveCount(0);
  await expect(action.getByRole('button', { name: 'Mijlpaal toevoegen' })).toHaveCount(0);

  await action.getByRole('button', { name: 'Capaciteit van Bureau Halt in 2009 wijzigen' }).click();
  await action.getByLabel('Gerealiseerd (fte)').fill('0.7');
  await expectAccessible(page);
  await action.getByRole('button', { name: 'Capaciteit opslaan' }).click();
  await expect(action.getByRole('button', { name: 'Capaciteit opslaan' })).toHaveCount(0);
  await expect(action.getByRole('row').filter({ hasText: 'Bureau Halt' }).filter({ hasText: '2009' })).toContainText('0,7 fte');

  await action.getByRole('button', { name: `Markeer als gereed: ${HALT_MILESTONE}` }).click();
  await expect(action.getByRole('listitem').filter({ hasText: HALT_MILESTONE })).toContainText('gereed op');
  await expect(action.getByRole('button', { name: `Markeer als gereed: ${HALT_MILESTONE}` })).toHaveCount(0);
  await expectAccessible(page);
});

test('the theme page shows realised against committed capacity, with edit controls on the partner’s own line only', async ({ page }) => {
  await signIn(page, 'partner.halt@regie.example');
  await page.goto('/ons-werk');
  await page.getByRole('link', { name: 'Naar het thema Overlast' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overlast' })).toBeVisible();
  await page.getByText(`Capaciteit van ${ACTION}`).click();
  const halt = page.getByRole('row').filter({ hasText: 'Bureau Halt' }).filter({ hasText: '2009' });
  await expect(halt).toContainText('0,8 fte');
  await expect(halt).toContainText('0,7 fte');
  await expect(halt.getByRole('button', { name: 'Capaciteit van Bureau Halt in 2009 wijzigen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Capaciteit van Bureau Jeugdzorg in 2009 wijzigen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /verwijderen$/ })).toHaveCount(0);
  await expectAccessible(page);
});
