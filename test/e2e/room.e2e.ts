/// <reference lib="dom" />
/**
 * Running the room: the presenter (at /) and the audience (at /audience) on one harness,
 * i.e. the real services and the real broadcast path. What the presenter does shows up on
 * the audience page; the delay of each change is measured and reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DOC_SHOTS, launchBrowser, openDoc, openExample, openPage, startApp, tempData, type WithBridge } from './fixture';

/** The page's bridge (the harness's stand-in for the preload), for reading what main holds. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const REPS = 24;
const SHOTS = DOC_SHOTS;

function p95(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}

function summary(name: string, samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const median = s[Math.floor(s.length / 2)]!;
  return `${name}: n=${s.length} median=${median.toFixed(1)} ms p95=${p95(s).toFixed(1)} ms max=${s.at(-1)!.toFixed(1)} ms`;
}

/**
 * One measured change: start watching the audience DOM (polling every animation frame; the
 * predicate returns the page's wall-clock time once it sees the change), then run the
 * presenter's action, which returns the time just before it acted. Both pages read
 * performance.timeOrigin + performance.now(): the same clock on this machine.
 */
type InPage<A, R> = (arg: A) => R;
async function measure<A, B>(audience: Page, seen: InPage<A, number | false>, seenArg: A, presenter: Page, act: InPage<B, number>, actArg: B): Promise<number> {
  const watch = audience.waitForFunction(seen as InPage<unknown, number | false>, seenArg as unknown, { polling: 'raf', timeout: 10_000 });
  const t0 = await presenter.evaluate(act as InPage<unknown, number>, actArg as unknown);
  const t1 = (await (await watch).jsonValue()) as number;
  return t1 - t0;
}

describe('presenter and audience', () => {
  it('the audience page follows the step, the ratings and the timer of the presenter within a fraction of a second', async () => {
    const app = await startApp();
    const presenter = await openPage(browser, app.harness.url);
    const audience = await openPage(browser, `${app.harness.url}audience`);
    await audience.page.getByTestId('audience-waiting').waitFor();
    await openExample(presenter.page);
    // the audience follows whatever workshop the presenter has open
    await audience.page.getByTestId('audience').waitFor();
    const { doc } = await openDoc(presenter.page);
    const steps = doc.agenda.steps;
    const rateStep = steps.findIndex((s) => s.view === 'rate');
    expect(rateStep).toBeGreaterThan(0);
    expect(await audience.page.getByTestId('audience').getAttribute('data-step')).toBe(steps[0]!.id);

    await presenter.page.getByRole('button', { name: 'Agenda und Timer' }).click();
    const console_ = presenter.page.getByRole('complementary', { name: 'Moderationskonsole' });
    await console_.getByRole('button', { name: `Zu Schritt ${rateStep + 1}: ${steps[rateStep]!.title}` }).click();
    await audience.page.locator(`[data-testid="audience"][data-step="${steps[rateStep]!.id}"]`).waitFor();
    // going to a step switches the presenter's view too
    expect(await presenter.page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).getByRole('button', { name: 'Bewerten' }).getAttribute('aria-current')).toBe('page');

    // 1. advancing the step (Page Down / Page Up, as a presenter's clicker sends them)
    const stepDelays: number[] = [];
    for (let i = 0; i < REPS; i++) {
      const forward = i % 2 === 0;
      const target = steps[forward ? rateStep + 1 : rateStep]!.id;
      stepDelays.push(
        await measure(
          audience.page,
          (id: string) => document.querySelector('[data-testid="audience"]')?.getAttribute('data-step') === id && performance.timeOrigin + performance.now(),
          target,
          presenter.page,
          (key: string) => {
            const t0 = performance.timeOrigin + performance.now();
            window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
            return t0;
          },
          forward ? 'PageDown' : 'PageUp',
        ),
      );
    }
    expect(await audience.page.getByTestId('audience').getAttribute('data-view')).toBe('rate');

    // 2. rating a touchpoint: keys 1–5 on the presenter's rating round; with names shown, the audience sees the participant's level
    expect(await presenter.page.getByTestId('rating-round').count(), 'the rating view is registered and shows its round').toBe(1);
    await audience.page.getByTestId('audience').getByTestId('rating-round').waitFor();
    // issue 15: typed ratings do not show per person on the beamer: progress and the consensus only
    await audience.page.getByTestId('audience-rate-progress').waitFor();
    expect(await audience.page.locator('[data-testid="audience"] tr[data-participant]').count()).toBe(0);
    // …until the facilitator chooses to show names (the room setting every window shares)
    await presenter.page.evaluate(() => (window as unknown as WithBridge).tpc.api['room.set']({ audienceNames: true }));
    await audience.page.locator('[data-testid="audience"] tr[data-participant]').first().waitFor();
    const ratingDelays: number[] = [];
    for (let i = 0; i < REPS; i++) {
      const row = presenter.page.locator('[data-testid="rating-round"] tr[aria-current="true"][data-participant]');
      const participant = (await row.getAttribute('data-participant'))!;
      const value = (await row.getAttribute('data-value')) === '2' ? 1 : 2;
      ratingDelays.push(
        await measure(
          audience.page,
          (a: { participant: string; value: number }) =>
            document.querySelector(`[data-testid="audience"] tr[data-participant="${a.participant}"]`)?.getAttribute('data-value') === String(a.value) &&
            performance.timeOrigin + performance.now(),
          { participant, value },
          presenter.page,
          (key: string) => {
            const t0 = performance.timeOrigin + performance.now();
            window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
            return t0;
          },
          String(value + 3), // keys 1–5 = levels −2…+2
        ),
      );
    }

    // 3. starting and pausing the timer on the console
    const timerDelays: number[] = [];
    for (let i = 0; i < REPS; i++) {
      const expected = i % 2 === 0 ? 'running' : 'paused';
      timerDelays.push(
        await measure(
          audience.page,
          (state: string) => document.querySelector('[data-testid="timer-audience"]')?.getAttribute('data-state') === state && performance.timeOrigin + performance.now(),
          expected,
          presenter.page,
          () => {
            const button = document.querySelector<HTMLButtonElement>('[role="group"][aria-label="Timer"] button.primary');
            const t0 = performance.timeOrigin + performance.now();
            button!.click();
            return t0;
          },
          null,
        ),
      );
    }

    const lines = [
      summary('step → audience (both directions)', stepDelays),
      summary(`  to the ${steps[rateStep + 1]!.view} view`, stepDelays.filter((_, i) => i % 2 === 0)),
      summary(`  to the ${steps[rateStep]!.view} view`, stepDelays.filter((_, i) => i % 2 === 1)), summary('rating → audience', ratingDelays), summary('timer → audience', timerDelays),
    ];
    process.stdout.write(`\nroom latency (presenter action → audience DOM, loopback harness):\n  ${lines.join('\n  ')}\n`);
    expect(p95(stepDelays)).toBeLessThan(250);
    expect(p95(ratingDelays)).toBeLessThan(250);
    expect(p95(timerDelays)).toBeLessThan(250);
    expect([...presenter.errors, ...audience.errors]).toEqual([]);
    await app.harness.close();
  });

  it('edits the agenda, counts down with a calm last minute and a clear overrun, and keeps the timer over a restart', async () => {
    const data = tempData();
    let app = await startApp(data);
    const { page, errors } = await openPage(browser, app.harness.url);
    await page.clock.install();
    await page.reload();
    await openExample(page);
    await page.getByRole('button', { name: 'Agenda und Timer' }).click();
    const panel = page.getByRole('complementary', { name: 'Moderationskonsole' });
    const clock = panel.getByTestId('timer-console');
    expect(await clock.getAttribute('data-state')).toBe('idle');
    expect(await clock.textContent()).toContain('15:00');

    // edit: title, minutes, view, notes, add, move, remove
    await panel.getByRole('button', { name: 'Bearbeiten' }).click();
    await panel.getByLabel('Titel von Schritt 1').fill('Ankommen');
    await panel.getByLabel('Titel von Schritt 1').press('Tab');
    await panel.getByLabel('Minuten von Schritt 1').fill('10');
    await panel.getByLabel('Minuten von Schritt 1').press('Tab');
    await panel.getByLabel('Ansicht von Schritt 1').selectOption('board');
    await panel.getByLabel('Notizen zu Schritt 1').fill('Kaffee steht bereit.');
    await panel.getByLabel('Notizen zu Schritt 1').press('Tab');
    // agenda edits are undoable like any other change
    await expect.poll(() => panel.getByLabel('Notizen zu Schritt 1').inputValue()).toBe('Kaffee steht bereit.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => panel.getByLabel('Notizen zu Schritt 1').inputValue()).not.toBe('Kaffee steht bereit.');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => panel.getByLabel('Notizen zu Schritt 1').inputValue()).toBe('Kaffee steht bereit.');
    await panel.getByRole('button', { name: 'Schritt hinzufügen' }).click();
    await panel.getByLabel('Titel von Schritt 2').waitFor();
    await expect.poll(() => panel.getByLabel('Titel von Schritt 2').inputValue()).toBe('Neuer Schritt');
    await panel.getByRole('button', { name: 'Schritt 2 nach unten' }).click();
    await expect.poll(() => panel.getByLabel('Titel von Schritt 3').inputValue()).toBe('Neuer Schritt'); // after main's broadcast
    await panel.getByRole('button', { name: 'Schritt 3 entfernen' }).click();
    await expect.poll(() => panel.getByRole('list', { name: 'Agenda' }).getByRole('listitem').count()).toBe(8);
    await panel.getByRole('button', { name: 'Fertig' }).click();
    const first = panel.getByRole('list', { name: 'Agenda' }).getByRole('listitem').first();
    expect(await first.getAttribute('aria-current')).toBe('step');
    expect(await first.textContent()).toContain('Ankommen');
    expect(await first.textContent()).toContain('10 Min.');
    await panel.getByText('Kaffee steht bereit.').waitFor();
    expect(await clock.textContent()).toContain('10:00');

    // count down, calm last minute, overrun counting up with a symbol and a word
    await panel.getByRole('button', { name: /Start/ }).click();
    await expect.poll(() => clock.getAttribute('data-state')).toBe('running');
    // (the display ticks once a second, so it may lag the exact time by up to one second)
    await page.clock.runFor(9 * 60_000 + 30_000);
    await expect.poll(() => clock.getAttribute('data-phase')).toBe('lastMinute');
    expect(await clock.textContent()).toMatch(/00:3[01]/);
    expect(await clock.textContent()).toContain('letzte Minute');
    await page.clock.runFor(30_000 + 135_000);
    await expect.poll(() => clock.getAttribute('data-phase')).toBe('overrun');
    expect(await clock.textContent()).toMatch(/\+02:1[45]/);
    expect(await clock.textContent()).toContain('⚠');
    expect(await clock.textContent()).toContain('überzogen');
    const overColour = await clock.evaluate((el) => getComputedStyle(el).color);
    // +5 minutes brings it back into time; pause keeps the rest
    await panel.getByRole('button', { name: '+5 Min.' }).click();
    await expect.poll(() => clock.getAttribute('data-phase')).toBe('normal');
    expect(await clock.textContent()).toMatch(/02:4[56]/);
    expect(await clock.evaluate((el) => getComputedStyle(el).color)).not.toBe(overColour);
    await panel.getByRole('button', { name: /Pause/ }).click();
    await expect.poll(() => clock.getAttribute('data-state')).toBe('paused');
    await page.clock.runFor(60_000);
    expect(await clock.textContent()).toContain('02:45');
    expect(await clock.textContent()).toContain('pausiert');
    // whole agenda: planned against spent (12 min 15 s so far)
    expect(await panel.getByTestId('actual-total').textContent()).toBe('0:12 h');
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();

    // the timer lives in the document: after a restart it is still paused at 02:45 left
    app = await startApp(data);
    const again = await openPage(browser, app.harness.url);
    await again.page.getByRole('button', { name: 'Öffnen', exact: true }).first().click();
    await again.page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).waitFor();
    await again.page.getByRole('button', { name: 'Agenda und Timer' }).click();
    const restored = again.page.getByRole('complementary', { name: 'Moderationskonsole' }).getByTestId('timer-console');
    expect(await restored.getAttribute('data-state')).toBe('paused');
    expect(await restored.textContent()).toContain('02:45');
    const controls = again.page.getByRole('group', { name: 'Timer' });
    await controls.getByRole('button', { name: /Weiter/ }).click();
    await expect.poll(() => restored.getAttribute('data-state')).toBe('running');
    await controls.getByRole('button', { name: /Zurücksetzen/ }).click();
    await expect.poll(() => restored.getAttribute('data-state')).toBe('idle');
    expect(await restored.textContent()).toContain('10:00');
    expect(again.errors).toEqual([]);
    await app.harness.close();
  });

  it('presents on one display with F5, leaves with Esc, and applies beamer settings to every window', async () => {
    const app = await startApp();
    const presenter = await openPage(browser, app.harness.url);
    const audience = await openPage(browser, `${app.harness.url}audience`);
    await openExample(presenter.page);
    await audience.page.getByTestId('audience').waitFor();

    // F5: the audience view fills the presenter's window (no second display in a browser)
    await presenter.page.keyboard.press('F5');
    const overlay = presenter.page.getByRole('region', { name: 'Publikumsansicht' });
    await overlay.waitFor();
    await overlay.getByTestId('audience-step').waitFor();
    // Page Down still moves the agenda while presenting, and both audiences follow
    await presenter.page.keyboard.press('PageDown');
    const second = (await openDoc(presenter.page)).doc.agenda.steps[1]!;
    await overlay.locator(`[data-step="${second.id}"]`).waitFor();
    await audience.page.locator(`[data-testid="audience"][data-step="${second.id}"]`).waitFor();
    // the pointer hides after 3 s without moving
    await presenter.page.mouse.move(400, 400);
    expect(await overlay.getByTestId('audience').evaluate((el) => el.classList.contains('idle'))).toBe(false);
    await presenter.page.waitForTimeout(3300);
    expect(await overlay.getByTestId('audience').evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
    await presenter.page.mouse.move(500, 500);
    await expect.poll(() => overlay.getByTestId('audience').evaluate((el) => getComputedStyle(el).cursor)).not.toBe('none');
    await presenter.page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
    expect(await presenter.page.evaluate(async () => (window as unknown as WithBridge).tpc.api['room.get']({}))).toMatchObject({ ok: true, value: { presenting: false } });

    // '?' lists the shortcuts of every view
    await presenter.page.keyboard.press('?');
    const sheet = presenter.page.getByRole('dialog', { name: 'Tastenkürzel' });
    await sheet.waitFor();
    for (const text of ['Präsentieren', 'Nächster Agendaschritt', 'Neue Touchpoint-Karte', '3-D-Würfel drehen', 'Rückgängig', 'Soll-Stufe', 'Ein Punkt mehr / weniger']) {
      await sheet.getByText(text).first().waitFor();
    }
    await sheet.getByRole('button', { name: 'Schließen' }).click();
    await sheet.waitFor({ state: 'detached' });

    // beamer settings: dark theme, colour-blind palette, font and zoom reach the audience window too
    await presenter.page.getByRole('button', { name: 'Beamer-Einstellungen' }).click();
    const settings = presenter.page.getByRole('dialog', { name: 'Beamer-Einstellungen' });
    await settings.getByRole('button', { name: 'Dunkel' }).click();
    await settings.getByRole('button', { name: 'Klassisch' }).click();
    await settings.getByRole('button', { name: 'Größere Schrift' }).click();
    await settings.getByRole('button', { name: 'Vergrößern: Board' }).click();
    await settings.getByRole('button', { name: 'Vergrößern: Board' }).click();
    expect(await settings.getByLabel('Zoom von Board').textContent()).toBe('120 %');
    await expect.poll(() => audience.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await audience.page.evaluate(() => document.documentElement.dataset['palette'])).toBe('classic');
    expect(await audience.page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--font-scale').trim())).toBe('1.1');
    // the second step shows the board: its zoom applies to the audience's view area
    await expect.poll(() => audience.page.locator('[data-testid="audience"] .stage > div').evaluate((el) => getComputedStyle(el).zoom)).toBe('1.2');
    await settings.getByRole('button', { name: 'Schließen' }).click();
    // remembered on this machine: a reload keeps it
    await audience.page.reload();
    await audience.page.getByTestId('audience').waitFor();
    expect(await audience.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');

    // back to the library: the audience waits for the next workshop
    await presenter.page.getByRole('button', { name: /Alle Workshops/ }).click();
    await audience.page.getByTestId('audience-waiting').waitFor();
    expect([...presenter.errors, ...audience.errors]).toEqual([]);
    await app.harness.close();
  });

  it('shows presenter console and audience view during the rating and the cube step at 1920×1080', async () => {
    const app = await startApp();
    const presenter = await openPage(browser, app.harness.url);
    const audience = await openPage(browser, `${app.harness.url}audience`);
    await openExample(presenter.page);
    await audience.page.getByTestId('audience').waitFor();
    await presenter.page.getByRole('button', { name: 'Agenda und Timer' }).click();
    const panel = presenter.page.getByRole('complementary', { name: 'Moderationskonsole' });
    const { doc } = await openDoc(presenter.page);
    await fs.mkdir(SHOTS, { recursive: true });
    for (const view of ['rate', 'cube'] as const) {
      const i = doc.agenda.steps.findIndex((s) => s.view === view);
      const step = doc.agenda.steps[i]!;
      await panel.getByRole('button', { name: `Zu Schritt ${i + 1}: ${step.title}` }).click();
      await audience.page.locator(`[data-testid="audience"][data-step="${step.id}"]`).waitFor();
      if (view === 'rate') {
        await panel.getByRole('button', { name: /Start/ }).click();
        await presenter.page.waitForTimeout(1100);
      }
      await panel.evaluate((el) => el.scrollTo(0, 0)); // the click on the step scrolled the console
      await presenter.page.mouse.move(960, 1070);
      await presenter.page.waitForTimeout(400); // canvases settle
      await audience.page.waitForTimeout(400);
      await presenter.page.screenshot({ path: path.join(SHOTS, `presenter-${view}.png`) });
      await audience.page.screenshot({ path: path.join(SHOTS, `audience-${view}.png`) });
    }
    expect([...presenter.errors, ...audience.errors]).toEqual([]);
    await app.harness.close();
  });
});
