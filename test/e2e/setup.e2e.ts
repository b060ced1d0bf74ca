/**
 * Setup at the limits and the rule gaps, as a facilitator meets them: the phase form counts
 * towards the cap of 8 and disables itself there; removing a participant who owns a planned
 * measure asks who takes it over, and the measure keeps an owner (it used to be left
 * owner-less, and every later edit of it was refused); lowering the dots per person below
 * what people placed asks first and says that it trimmed (it used to leave them over budget).
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

  it('lowering the dots per person below what people placed asks, trims and says so; cancel keeps everything', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await openExample(page);
    await view(page, 'Prioritäten');
    await page.getByRole('group', { name: 'Teile der Priorisierung' }).getByRole('button', { name: 'Punktabfrage', exact: true }).click();
    const dots = page.getByLabel('Punkte pro Person');
    expect(await dots.inputValue()).toBe('3');

    await dots.fill('2');
    await dots.press('Enter');
    const ask = page.getByRole('dialog', { name: 'Auf 2 Punkte senken' });
    await ask.getByText('6 Teilnehmende haben mehr als 2 Punkte vergeben.').waitFor();
    await ask.getByRole('button', { name: 'Abbrechen' }).click();
    await expect.poll(() => dots.inputValue()).toBe('3');

    await dots.fill('2');
    await dots.press('Enter');
    await page.getByRole('dialog', { name: 'Auf 2 Punkte senken' }).getByRole('button', { name: 'Auf 2 Punkte senken' }).click();
    await page.getByText('6 Teilnehmende hatten mehr als 2 Punkte vergeben; die überzähligen Punkte wurden entfernt.').waitFor();
    await expect.poll(() => dots.inputValue()).toBe('2');
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });
});
