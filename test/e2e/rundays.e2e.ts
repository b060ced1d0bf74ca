/// <reference lib="dom" />
/**
 * The facilitator's day on one screen (issue 15, items 5–7): the timer runs while presenting
 * without the console, room rating (R) is for one touchpoint only, Esc at the last step shows
 * that step's view, and the undo button says what it will undo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { applyInMain, launchBrowser, mainDoc, openExample, openPage, startApp } from './fixture';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function tab(page: Page, name: string) {
  await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).getByRole('button', { name, exact: true }).click();
}

describe('running the room on one screen', () => {
  it('starts, pauses and extends the timer with keys and a small control while presenting, and lists the keys on the ? sheet', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url, { width: 1280, height: 800 });
    await openExample(page);
    await page.keyboard.press('F5');
    const overlay = page.getByRole('region', { name: 'Publikumsansicht' });
    await overlay.waitFor();
    const clock = overlay.getByTestId('timer-audience');
    expect(await clock.getAttribute('data-state')).toBe('idle');

    // Space starts and pauses, Shift+Space gives the step five more minutes
    await page.keyboard.press('Space');
    await expect.poll(() => clock.getAttribute('data-state')).toBe('running');
    await page.keyboard.press('Space');
    await expect.poll(() => clock.getAttribute('data-state')).toBe('paused');
    await page.keyboard.press('Shift+Space');
    await expect.poll(async () => (await mainDoc(page)).run.timer.extraMinutes).toBe(5);

    // the small control on the slide does the same with the pointer
    const controls = overlay.getByTestId('presentation-controls');
    await controls.getByRole('button', { name: /Weiter/ }).click();
    await expect.poll(() => clock.getAttribute('data-state')).toBe('running');
    await controls.getByRole('button', { name: /Pause/ }).click();
    await expect.poll(() => clock.getAttribute('data-state')).toBe('paused');

    // the ? sheet lists the timer's keys
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Tastenkürzel' });
    await sheet.getByText('Timer starten oder anhalten').first().waitFor();
    expect(await sheet.textContent()).toContain('Leertaste');
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('shows the view of the current step after Esc at the last step', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url, { width: 1280, height: 800 });
    await openExample(page);
    await page.keyboard.press('F5');
    const overlay = page.getByRole('region', { name: 'Publikumsansicht' });
    await overlay.waitFor();
    // to the last step, then Esc: the workspace shows that step's view
    const steps = (await mainDoc(page)).agenda.steps;
    for (const step of steps.slice(1)) {
      await page.keyboard.press('PageDown');
      await overlay.locator(`[data-step="${step.id}"]`).waitFor();
    }
    const nav = page.getByRole('navigation', { name: 'Ansichten' });
    const current = (name: string) => nav.getByRole('button', { name, exact: true }).getAttribute('aria-current');
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
    await expect.poll(() => current('Zusammenfassung')).toBe('page');
    await page.getByRole('heading', { name: 'Zusammenfassung' }).waitFor();

    // the facilitator looked at the board in between (or reopened the workshop, which opens on
    // the board): presenting again and leaving with Esc still ends on the step's own view
    await tab(page, 'Board');
    await page.keyboard.press('F5');
    await overlay.locator(`[data-step="${steps.at(-1)!.id}"]`).waitFor();
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
    await expect.poll(() => current('Zusammenfassung')).toBe('page');

    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('room rating (R) applies to one touchpoint: a banner while on, and N brings back each person', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url, { width: 1280, height: 800 });
    await openExample(page);
    await tab(page, 'Bewerten');
    await page.locator('#rate-tp-title').click();
    const banner = page.getByTestId('room-banner');
    expect(await banner.count()).toBe(0);
    await page.keyboard.press('r');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Der Raum bewertet diesen Touchpoint gemeinsam');
    await page.keyboard.press('4');
    await expect.poll(() => page.locator('tr.room-row').getAttribute('data-value')).toBe('1');
    const first = (await page.locator('#rate-tp-title').textContent())!;

    await page.keyboard.press('n');
    await expect.poll(() => page.locator('#rate-tp-title').textContent()).not.toBe(first);
    await banner.waitFor({ state: 'detached' });
    const second = (await page.locator('#rate-tp-title').textContent())!;
    const doc = await mainDoc(page);
    const tp = doc.touchpoints.find((x) => x.title === second)!;
    const roomBefore = doc.roomRatings[tp.id];
    // the next digits rate the highlighted people one after the other, not the room
    const people = doc.participants.slice(0, 2);
    await page.keyboard.press('5');
    await page.keyboard.press('1');
    await expect.poll(async () => (await mainDoc(page)).ratings[tp.id]?.[people[1]!.id]).toBe(-2);
    const after = await mainDoc(page);
    expect(after.ratings[tp.id]?.[people[0]!.id]).toBe(2);
    expect(after.roomRatings[tp.id]).toBe(roomBefore);
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('takes N on the board right after a click on the Board tab', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url, { width: 1280, height: 800 });
    await openExample(page);
    await tab(page, 'Bewerten');
    await page.getByTestId('rating-round').waitFor();
    await tab(page, 'Board');
    await page.locator('.board-view[data-ready="true"]').waitFor();
    await page.keyboard.press('n');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.capture') !== null)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('never mixes main\'s echo into a field being typed (Setup title, 20 ms per key, a slow echo)', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url, { width: 1280, height: 800 });
    await openExample(page);
    await tab(page, 'Vorbereitung');
    // main answers (and broadcasts) 300 ms late: its echo of the first commit lands while the second text is typed
    await page.route('**/__harness/invoke/doc.apply', async (route) => {
      await new Promise((r) => setTimeout(r, 300));
      await route.continue();
    });
    const title = page.getByLabel('Titel', { exact: true });
    await title.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Volksbank Rheintal', { delay: 20 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Kundenreise Neuwagen', { delay: 20 });
    expect(await title.inputValue()).toBe('Kundenreise Neuwagen');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await mainDoc(page)).meta.title).toBe('Kundenreise Neuwagen');
    expect(await title.inputValue()).toBe('Kundenreise Neuwagen');
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('names what undo will take back', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url, { width: 1280, height: 800 });
    await openExample(page);
    const docBefore = await mainDoc(page);
    await applyInMain(page, [{ name: 'touchpoint.remove', payload: { ids: [docBefore.touchpoints[0]!.id] } }]);
    const undo = page.getByRole('button', { name: 'Rückgängig: Touchpoint löschen' });
    await undo.waitFor();
    expect(await undo.getAttribute('title')).toBe('Rückgängig: Touchpoint löschen (Strg+Z)');
    await undo.click();
    await page.getByRole('button', { name: 'Wiederholen: Touchpoint löschen' }).waitFor();
    expect(await page.getByRole('button', { name: 'Rückgängig', exact: true }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });
});
