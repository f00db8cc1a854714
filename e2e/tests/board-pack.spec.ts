import { readFileSync } from 'node:fs';
import { expect, Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn } from '../support/session';

/** Clicks a generate button, sees the progress, then downloads the file through the link that replaces it. */
async function generateAndDownload(page: Page, button: string, format: string, fileName: string): Promise<Buffer> {
  await page.getByRole('button', { name: button }).click();
  const status = page.getByRole('status');
  await expect(status.getByText(new RegExp(`${format} wordt gemaakt: \\d+%`))).toBeVisible();
  await expect(status.getByRole('progressbar')).toBeVisible();
  const link = status.getByRole('link', { name: `${fileName} downloaden` });
  await expect(link).toBeVisible({ timeout: 20_000 });
  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(fileName);
  return readFileSync(await download.path());
}

test('the bureau generates the board pack of a College meeting, sees its progress and downloads PDF and Word', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'bureau@regie.example');
  await page.getByRole('navigation').getByRole('link', { name: 'Regionaal College' }).click();
  await page.getByRole('link', { name: '17 juni 2010' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Vergaderstukken' })).toBeVisible();
  await expectAccessible(page);

  const pdf = await generateAndDownload(page, 'Vergaderstukken maken (PDF)', 'PDF', 'Vergaderstukken Regionaal College 2010-06-17.pdf');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.toString('latin1')).toContain('/Lang (nl-NL)');
  await expectAccessible(page);

  const docx = await generateAndDownload(page, 'Vergaderstukken maken (Word)', 'Word', 'Vergaderstukken Regionaal College 2010-06-17.docx');
  // A DOCX is a zip archive holding word/document.xml; the integration test reads its headings.
  expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(docx.toString('latin1')).toContain('word/document.xml');
});

test('a driver finds the reminder of the overdue sign-off under the notification bell and follows it', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'driver.overlast@regie.example');
  const reminder = page.getByRole('link', { name: /^Teken de rapportage Overlast \(Lopende cyclus \d{4}\) uiterlijk .+ af\.$/ });
  // The reminder pass first runs half a minute after the server starts.
  await expect(async () => {
    await page.reload();
    await page.getByRole('button', { name: /^Meldingen \(\d+ ongelezen\)$/ }).click();
    await expect(reminder).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expectAccessible(page);
  const unread = Number(/\((\d+) ongelezen\)/.exec((await page.getByRole('button', { name: /^Meldingen/ }).textContent()) ?? '')?.[1]);
  await reminder.click();
  await expect(page).toHaveURL(/\/rapportages\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('button', { name: `Meldingen (${unread - 1} ongelezen)` })).toBeVisible();
});
