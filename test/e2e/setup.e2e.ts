/**
 * Setup at the limits and the rule gaps, as a facilitator meets them: the phase form counts
 * towards the cap of 8 and disables itself there; removing a participant who owns a planned
 * measure asks who takes it over, and the measure keeps an owner (it used to be left
 * owner-less, and every later edit of it was refused).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openExample, openPage, startApp } from './fixture';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function view(page: Page, name: string) {
  await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).getByRole('button', { name, exact: true }).click();
}

describe('setup at the limits', () => {
  it('counts phases up to the cap of 8 and then disables the form with the rule', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await openExample(page);
    await view(page, 'Vorbereitung');
    const form = page.locator('form.add').filter({ has: page.locator('#new-phase') });
    await expect.poll(() => form.locator('label').textContent()).toContain('(3 von 8)');
    for (let i = 4; i <= 8; i++) {
      await page.locator('#new-phase').fill(`Phase ${i}`);
      await page.locator('#new-phase').press('Enter');
      await expect.poll(() => form.locator('label').textContent()).toContain(`(${i} von 8)`);
    }
    expect(await page.locator('#new-phase').isDisabled()).toBe(true);
    expect(await form.getByRole('button', { name: 'Phase hinzufügen' }).isDisabled()).toBe(true);
    await form.getByText('Eine Kundenreise hat höchstens 8 Phasen.').waitFor();
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('removing the owner of a planned measure asks who takes it over, and the measure keeps an owner', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await openExample(page);
    await view(page, 'Vorbereitung');
    await page.getByRole('button', { name: 'Deniz Yılmaz entfernen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deniz Yılmaz entfernen' });
    await dialog.getByText('Deniz Yılmaz verantwortet 1 geplante oder laufende Maßnahmen.').waitFor();
    await dialog.getByLabel('Wer übernimmt die Maßnahmen?').selectOption({ label: 'Minh Nguyen' });
    await dialog.getByRole('button', { name: 'Deniz Yılmaz entfernen' }).click();
    await page.getByText('„Deniz Yılmaz“ entfernt, mit ihren Bewertungen und Punkten.').waitFor();
    expect(await page.getByRole('button', { name: 'Deniz Yılmaz entfernen' }).count()).toBe(0);

    await view(page, 'Maßnahmen');
    const row = page.getByRole('row').filter({ hasText: 'Kontoeröffnung mit Online-Ausweis' });
    await expect.poll(() => row.textContent()).toContain('Minh Nguyen');
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });
});
