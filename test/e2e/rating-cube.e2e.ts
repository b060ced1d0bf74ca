/**
 * Rate from the customer's view and see the cube: keyboard rating round, grid, room and
 * target; the cube's accessible twin checked against the ratings typed; the canvas picks
 * stickers; snapshots and before/after. Screenshots at 1920×1080 in both palettes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { DOC_SHOTS, launchBrowser, openExample, openPage, screenshotDir, startApp } from './fixture';
import { exampleWorkshop } from '../../src/shared/example/bank';
import { cubeOf, journeyOrder, compareSnapshot } from '../../src/shared/metrics';
import { faceCaption, formatDelta, formatLevelWithWord, formatPercent, netDrawing, centroid, stickers } from '../../src/shared/cubeDrawing';
import type { Level, Workshop } from '../../src/shared/model/schema';

const DOCS = DOC_SHOTS;
const WORDS: Record<string, string> = { '-2': 'enttäuschend', '-1': 'unbefriedigend', '0': 'erwartet', '1': 'gut', '2': 'begeisternd' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await fs.mkdir(DOCS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function tab(page: Page, name: string) {
  await page.getByRole('navigation', { name: /^(Ansichten|Views)$/ }).getByRole('button', { name, exact: true }).click();
}

/** The key typed for touchpoint i, participant j: a spread-out pattern with some disagreements. */
function keyFor(i: number, j: number): number {
  return ((i * 2 + j * 3 + (i % 3 === 0 ? j : 0)) % 5) + 1;
}

/** The room's value of a touchpoint as the method defines it, computed here by hand. */
function expectedValue(doc: Workshop, id: string): Level | null {
  if (doc.roomRatings[id] !== undefined) return doc.roomRatings[id]!;
  const values = Object.values(doc.ratings[id] ?? {}).sort((a, b) => a - b);
  if (values.length === 0) return null;
  return values[Math.floor((values.length - 1) / 2)]!; // the lower median
}

function spreadOf(doc: Workshop, id: string): number {
  const values = Object.values(doc.ratings[id] ?? {});
  return values.length < 2 ? 0 : Math.max(...values) - Math.min(...values);
}

/** level (mean), homogeneity (1 − population sd / 2), coverage, disputed of a set of touchpoints */
function expectedFigures(doc: Workshop, ids: string[]) {
  const values: number[] = ids.map((id) => expectedValue(doc, id)).filter((v): v is Level => v !== null);
  const n = values.length;
  const mean = n ? values.reduce((a, b) => a + b, 0) / n : null;
  const sd = mean === null ? null : Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / n);
  return {
    level: mean,
    homogeneity: sd === null ? null : 1 - sd / 2,
    coverage: ids.length ? n / ids.length : null,
    disputed: ids.filter((id) => spreadOf(doc, id) >= 2).length,
  };
}

async function num(loc: ReturnType<Page['locator']>, attr: string): Promise<number | null> {
  const v = await loc.getAttribute(attr);
  return v === null || v === '' ? null : Number(v);
}

describe('rating round and cube', () => {
  it('rates 10 touchpoints by keyboard for 3 participants, and the cube shows exactly those ratings', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await openExample(page);
    await tab(page, 'Bewerten');

    const expected = exampleWorkshop();
    const order = journeyOrder(expected);
    const people = expected.participants.slice(0, 3);
    const title = page.locator('#rate-tp-title');
    await expect.poll(() => title.textContent()).toBe(order[0]!.title);
    await page.getByRole('status', { name: 'Fortschritt' }).getByText('38 von 41 bewertet').waitFor();

    for (let i = 0; i < 10; i++) {
      const tp = order[i]!;
      await expect.poll(() => title.textContent()).toBe(tp.title);
      // the first participant row is highlighted when a touchpoint opens
      expect(await page.locator('table.people tr[aria-current="true"]').getAttribute('data-participant')).toBe(people[0]!.id);
      for (let j = 0; j < 3; j++) {
        const key = keyFor(i, j);
        await page.keyboard.press(String(key));
        ((expected.ratings[tp.id] ??= {}) as Record<string, Level>)[people[j]!.id] = (key - 3) as Level;
      }
      for (let j = 0; j < 3; j++) {
        const row = page.locator(`table.people tr[data-participant="${people[j]!.id}"]`);
        await expect.poll(() => row.getAttribute('data-value')).toBe(String(keyFor(i, j) - 3));
      }
      // after three entries the fourth person is highlighted
      expect(await page.locator('table.people tr[aria-current="true"]').getAttribute('data-participant')).toBe(expected.participants[3]!.id);
      // the consensus shown is the lower median of everybody's ratings (or the room's value)
      const shown = await page.getByRole('status', { name: 'Konsens' }).getAttribute('data-value');
      expect(shown).toBe(String(expectedValue(expected, tp.id) ?? ''));
      if (spreadOf(expected, tp.id) >= 2) await page.getByTestId('dispute').waitFor();
      else expect(await page.getByTestId('dispute').count()).toBe(0);
      await page.keyboard.press('n');
    }

    // two former blind spots (test report, forum) are rated now: only the App Store reviews are left
    await page.getByRole('status', { name: 'Fortschritt' }).getByText('40 von 41 bewertet').waitFor();
    const disputedIds = order.filter((tp) => spreadOf(expected, tp.id) >= 2).map((tp) => tp.id);
    const list = page.getByRole('list', { name: 'Umstrittene Touchpoints' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(disputedIds.length);
    await page.screenshot({ path: path.join(await screenshotDir(), 'rate-round.png') });

    // S jumps to the next touchpoint nobody has rated
    await page.keyboard.press('s');
    await expect.poll(() => title.textContent()).toBe('Bewertungen der App im App Store');

    // the cube: every face's figures and every typed sticker, read through the accessible twin
    await tab(page, 'Würfel');
    const twin = page.getByRole('region', { name: 'Würfel', exact: true });
    const cube = cubeOf(expected);
    for (const face of expected.faces) {
      const ids = order.filter((tp) => tp.faceId === face.id).map((tp) => tp.id);
      const want = expectedFigures(expected, ids);
      const section = twin.getByRole('region', { name: face.name, exact: true });
      await expect.poll(() => num(section, 'data-level')).toBeCloseTo(want.level!, 9);
      expect(await num(section, 'data-homogeneity')).toBeCloseTo(want.homogeneity!, 9);
      expect(await num(section, 'data-coverage')).toBeCloseTo(want.coverage!, 9);
      expect(await num(section, 'data-disputed')).toBe(want.disputed);
      const sentence = await section.locator('p.figures').textContent();
      expect(sentence).toContain(`Niveau ${formatLevelWithWord(want.level, 'de')}`);
      expect(sentence).toContain(`Homogenität ${formatPercent(want.homogeneity, 'de')}`);
      expect(sentence).toContain(`Abdeckung ${formatPercent(want.coverage, 'de')}`);
      // stickers in journey order
      const items = await section.getByRole('listitem').all();
      expect(await Promise.all(items.map((li) => li.getAttribute('data-touchpoint')))).toEqual(ids);
    }
    for (const tp of order.slice(0, 10)) {
      const item = twin.locator(`li[data-touchpoint="${tp.id}"]`);
      const v = expectedValue(expected, tp.id)!;
      expect(await item.getAttribute('data-value')).toBe(String(v));
      expect(await item.textContent()).toContain(`${tp.title}: ${WORDS[String(v)]}`);
    }
    const whole = expectedFigures(expected, order.filter((tp) => tp.faceId).map((tp) => tp.id));
    const figs = twin.getByTestId('cube-figures');
    expect(await num(figs, 'data-level')).toBeCloseTo(whole.level!, 9);
    expect(await num(figs, 'data-homogeneity')).toBeCloseTo(whole.homogeneity!, 9);
    expect(await num(figs, 'data-disputed')).toBe(whole.disputed);
    // the side panel shows the same whole-cube figures, level and homogeneity apart
    const panel = page.getByRole('region', { name: 'Ganzer Würfel' });
    await panel.getByText(formatPercent(whole.homogeneity, 'de'), { exact: true }).waitFor();
    await page.screenshot({ path: path.join(DOCS, 'cube-net.png') });

    // clicking a sticker on the canvas opens its touchpoint in the rating round
    const canvas = page.getByLabel('Der aufgeklappte Würfel: alle sechs Seiten mit ihren Stickern');
    const box = (await canvas.boundingBox())!;
    const drawing = netDrawing(cube, { width: Math.floor(box.width), height: Math.floor(box.height), captions: cube.faces.map((f) => faceCaption(f, 'de')) });
    const target = order[3]!; // Lokalpresse
    const sticker = stickers(drawing).find((s) => s.touchpointId === target.id)!;
    const c = centroid(sticker.points);
    await page.mouse.click(box.x + c.x, box.y + c.y);
    await expect.poll(() => title.textContent()).toBe(target.title);
    await tab(page, 'Würfel');

    // the classic palette, chosen in the legend and remembered in the settings
    await page.getByRole('group', { name: 'Farben' }).getByRole('button', { name: 'Rot bis Grün' }).click();
    await expect.poll(() => page.getByRole('group', { name: 'Farben' }).getByRole('button', { name: 'Rot bis Grün' }).getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: path.join(DOCS, 'cube-net-classic.png') });

    // the 3-D cube turns with the arrow keys; any face can come to the front
    await page.getByRole('group', { name: 'Würfelansicht' }).getByRole('button', { name: '3-D-Würfel' }).click();
    const orientation = page.getByTestId('cube-orientation');
    const faceName = (key: string) => expected.faces.find((f) => f.key === key)!.name;
    await expect.poll(() => orientation.textContent()).toBe(`Vorne: ${faceName('product')}. Rechts: ${faceName('service')}. Oben: ${faceName('online')}.`);
    await page.screenshot({ path: path.join(DOCS, 'cube-3d-classic.png') });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => orientation.textContent()).toBe(`Vorne: ${faceName('premises')}. Rechts: ${faceName('product')}. Oben: ${faceName('online')}.`);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => orientation.textContent()).toContain(`Oben: ${faceName('premises')}.`);
    await page.getByLabel('Seite nach vorn').selectOption({ label: faceName('technology') });
    await expect.poll(() => orientation.textContent()).toContain(`Vorne: ${faceName('technology')}.`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await page.getByLabel('Seite nach vorn').selectOption({ label: faceName('product') });
    await page.getByRole('group', { name: 'Farben' }).getByRole('button', { name: 'Farbenblind-sicher' }).click();
    await expect.poll(() => page.getByRole('group', { name: 'Farben' }).getByRole('button', { name: 'Farbenblind-sicher' }).getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: path.join(DOCS, 'cube-3d.png') });

    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('types a paper round in the grid, agrees a room value and a target, and follows the disputed list', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await openExample(page);
    await tab(page, 'Bewerten');
    const doc = exampleWorkshop();
    const order = journeyOrder(doc);

    await page.getByRole('group', { name: 'Bewertungsart' }).getByRole('button', { name: 'Raster (Papierrunde)' }).click();
    const grid = page.getByRole('grid', { name: 'Bewertungen: Touchpoints × Teilnehmende' });
    const cell = (r: number, c: number) => grid.locator(`[data-cell="${r}:${c}"]`);
    await cell(0, 1).click();
    // one sheet = one column: digits go down the column
    for (const key of ['1', '5', '3', '2']) await page.keyboard.press(key);
    await expect.poll(() => cell(3, 1).getAttribute('data-value')).toBe('-1');
    expect(await Promise.all([0, 1, 2].map((r) => cell(r, 1).getAttribute('data-value')))).toEqual(['-2', '2', '0']);
    await expect.poll(() => grid.locator('[data-cell]:focus').getAttribute('data-cell')).toBe('4:1');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Backspace');
    await expect.poll(() => cell(3, 1).getAttribute('data-value')).toBe('');
    // End jumps to the room column: the room agrees on "gut" for the fourth touchpoint
    await page.keyboard.press('End');
    await page.keyboard.press('4');
    await expect.poll(() => cell(3, doc.participants.length).getAttribute('data-value')).toBe('1');
    await page.screenshot({ path: path.join(await screenshotDir(), 'rate-grid.png') });

    // back to the round: the disputed list leads the discussion
    await page.getByRole('group', { name: 'Bewertungsart' }).getByRole('button', { name: 'Einzeln' }).click();
    const list = page.getByRole('list', { name: 'Umstrittene Touchpoints' });
    const first = list.getByRole('listitem').first();
    const firstTitle = (await first.locator('.title').textContent())!;
    await first.getByRole('button').click();
    await expect.poll(() => page.locator('#rate-tp-title').textContent()).toBe(firstTitle);
    await page.getByTestId('dispute').getByText('Stufen auseinander').waitFor();

    // R: the room rates as one; T then 5: the target is "begeisternd"
    await page.locator('#rate-tp-title').click();
    await page.keyboard.press('r');
    expect(await page.getByRole('button', { name: /Raum bewertet gemeinsam/ }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('2');
    await expect.poll(() => page.locator('tr.room-row').getAttribute('data-value')).toBe('-1');
    await expect.poll(() => page.getByRole('status', { name: 'Konsens' }).textContent()).toContain('vom Raum vereinbart');
    await page.keyboard.press('t');
    await page.getByText('Soll: 1–5 drücken').waitFor();
    await page.keyboard.press('5');
    await page.locator('.target').getByText('+2 begeisternd').waitFor();
    await page.keyboard.press('0'); // room mode: clears the room's value
    await expect.poll(() => page.locator('tr.room-row').getAttribute('data-value')).toBe('');
    await page.keyboard.press('r');
    // ← goes back one touchpoint in the journey
    const idx = order.findIndex((tp) => tp.title === firstTitle);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('#rate-tp-title').textContent()).toBe(order[Math.max(0, idx - 1)]!.title);
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });

  it('saves a named snapshot, renames and deletes it, and compares the January baseline with now', async () => {
    const app = await startApp();
    const { page, errors } = await openPage(browser, app.harness.url);
    await openExample(page);
    await tab(page, 'Würfel');

    await page.getByRole('button', { name: 'Momentaufnahme speichern…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Momentaufnahme speichern' });
    const name = dialog.getByLabel('Name der Momentaufnahme');
    expect(await name.inputValue()).toMatch(/^Momentaufnahme \d{2}\.\d{2}\.\d{4}$/);
    await name.fill('Nach Runde 1');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('button', { name: 'Momentaufnahmen (2)' }).click();
    const manager = page.getByRole('dialog', { name: 'Momentaufnahmen' });
    await manager.getByText('Nach Runde 1').waitFor();
    await manager.getByRole('button', { name: 'Umbenennen: Nach Runde 1' }).click();
    await manager.getByLabel('Neuer Name').fill('Workshop März');
    await manager.getByRole('button', { name: 'Speichern' }).click();
    await manager.getByText('Workshop März').waitFor();
    await manager.getByRole('button', { name: 'Löschen: Workshop März' }).click();
    await page.getByRole('dialog', { name: 'Löschen' }).getByRole('button', { name: 'Löschen' }).click();
    await page.getByRole('button', { name: 'Momentaufnahmen (1)' }).waitFor();
    await manager.getByRole('button', { name: 'Mit jetzt vergleichen' }).click();

    // before/after: the January baseline against now, per face and for the whole cube
    const doc = exampleWorkshop();
    const cmp = compareSnapshot(doc, doc.snapshots[0]!);
    const table = page.getByRole('table', { name: 'Veränderung je Seite' });
    await table.waitFor();
    for (const f of cmp.faces) {
      const row = table.locator(`tr[data-face="${f.key}"]`);
      expect(await row.locator('td[data-kind="level"]').textContent()).toContain(formatDelta(f.delta.level, 'level', 'de'));
      expect(await row.locator('td[data-kind="homogeneity"]').textContent()).toContain(formatDelta(f.delta.homogeneity, 'percent', 'de'));
      expect(await row.locator('td[data-kind="coverage"]').textContent()).toContain(formatDelta(f.delta.coverage, 'percent', 'de'));
    }
    const whole = table.locator('tr[data-face="cube"] td[data-kind="level"]');
    expect(await whole.textContent()).toContain(formatDelta(cmp.cube.delta.level, 'level', 'de'));
    expect(cmp.cube.delta.level).toBeGreaterThan(0); // the first measures began to work: ▲
    expect(await whole.textContent()).toContain('▲');
    await page.getByTestId('compare-counts').getByText(`▲ ${cmp.counts.improved} besser`).waitFor();
    await page.getByText('Momentaufnahme „Nach Runde 1“ gespeichert.').waitFor({ state: 'detached' });
    await page.screenshot({ path: path.join(DOCS, 'cube-compare.png') });
    await page.getByRole('group', { name: 'Farben' }).getByRole('button', { name: 'Rot bis Grün' }).click();
    await expect.poll(() => page.getByRole('group', { name: 'Farben' }).getByRole('button', { name: 'Rot bis Grün' }).getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: path.join(DOCS, 'cube-compare-classic.png') });
    expect(errors).toEqual([]);
    await page.close();
    await app.harness.close();
  });
});
