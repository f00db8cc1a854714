import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

/** WCAG 2.1 A and AA checks on the page as it is now; fails with the list of violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}
