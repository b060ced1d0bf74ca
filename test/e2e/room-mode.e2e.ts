/// <reference lib="dom" />
/**
 * Room mode through the app (issue 14, "Must show"): the presenter opens the room in the
 * harness (the real services), eight phones (two iPhone and six Pixel contexts, touch) join
 * by the URL in the QR code the app shows, and rate ten touchpoints. The audience page shows
 * only progress until the reveal key, then the distribution; the cube shows the values; a
 * phone whose connection drops mid-round keeps its name and its answer; an anonymous round
 * shows no names. Needs `npm run build` (out/renderer, out/phone).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devices, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { consensusOf } from '../../src/shared/metrics/consensus';
import { serializeWorkshop } from '../../src/shared/model/migrations';
import type { Workshop } from '../../src/shared/model/schema';
import type { Api } from '../../src/shared/ipc/contract';
import { roomDoc } from '../../src/main/services/roomServer/testkit';
import { DOC_SHOTS, launchBrowser, openPage, startApp, tempData, type Running } from './fixture';

const NAMES = ['Ada', 'Bruno', 'Cem', 'Dana', 'Eli', 'Fatma', 'Greta', 'Hugo'];
const LEVEL_WORDS = ['enttäuschend', 'unbefriedigend', 'erwartet', 'gut', 'begeisternd'];
/** any level word or value as the rating views write them (“+1 gut”) */
const VALUE_TEXT = /enttäuschend|unbefriedigend|erwartet|\bgut\b|begeisternd|[−+]\d/;
const ROUNDS = 10;

let browser: Browser;
let app: Running;
let presenter: Page;
let audience: Page;
const contexts: BrowserContext[] = [];
const phones: Page[] = [];
const phoneErrors: string[][] = [];
let pageErrors: string[][] = [];

/** the level phone i gives the touchpoint numbered k: spread so that some touchpoints are disputed */
const levelOf = (i: number, k: number) => ((i * (k % 3) + (k % 2)) % 5) as 0 | 1 | 2 | 3 | 4;

async function docOf(page: Page): Promise<Workshop> {
  return page.evaluate(async () => {
    const api = (window as unknown as { tpc: { api: Api } }).tpc.api;
    const room = await api['room.get']({});
    if (!room.ok || !room.value.docId) throw new Error('no workshop');
    const s = await api['doc.get']({ docId: room.value.docId });
    if (!s.ok) throw new Error('doc.get failed');
    return s.value.doc;
  });
}

/** what the audience page shows in its stage, as text (the DOM, not the data behind it) */
const audienceText = () => audience.getByTestId('audience').innerText();

beforeAll(async () => {
  browser = await launchBrowser();
  const data = tempData();
  const doc = roomDoc(8, ROUNDS + 1);
  doc.meta.title = 'Raumtest';
  doc.participants.forEach((p, i) => (p.name = NAMES[i]!));
  // the agenda is at the rating step: without the room's masking the beamer would draw the rating view
  doc.run.currentStepId = doc.agenda.steps.find((s) => s.view === 'rate')!.id;
  await fs.mkdir(path.join(data, 'workshops'), { recursive: true });
  await fs.writeFile(path.join(data, 'workshops', 'raumtest.tpcube'), serializeWorkshop(doc));
  app = await startApp(data);
  const p = await openPage(browser, app.harness.url, { width: 1600, height: 1000 });
  presenter = p.page;
  await presenter.getByRole('button', { name: 'Öffnen', exact: true }).click();
  await presenter.getByRole('navigation', { name: 'Ansichten' }).getByRole('button', { name: 'Bewerten', exact: true }).click();
  const a = await openPage(browser, `${app.harness.url}audience`, { width: 1600, height: 900 });
  audience = a.page;
  pageErrors = [p.errors, a.errors];
  for (let i = 0; i < 8; i++) {
    const ctx = await browser.newContext({ ...devices[i < 2 ? 'iPhone 13' : 'Pixel 7'], locale: 'de-DE' });
    contexts.push(ctx);
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    phones.push(page);
    phoneErrors.push(errors);
  }
}, 60_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await app?.harness.close();
});

describe('room mode in the app', () => {
  it('opens the room from the console: QR code, address, port, code, 0 devices; nothing listens before', async () => {
    await presenter.getByRole('button', { name: 'Agenda und Timer' }).click();
    const panel = presenter.getByTestId('room-panel');
    expect(await presenter.evaluate(async () => (await (window as unknown as { tpc: { api: Api } }).tpc.api['room.join']({})).ok)).toBe(true);
    expect(await presenter.evaluate(async () => ((await (window as unknown as { tpc: { api: Api } }).tpc.api['room.join']({})) as { value: unknown }).value)).toBeNull();
    await panel.getByRole('button', { name: 'Raum öffnen' }).click();
    const qr = panel.getByTestId('room-qr');
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    const joinUrl = (await qr.getAttribute('data-url'))!;
    expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{22,}$/);
    expect(await panel.getByTestId('room-code').innerText()).toMatch(/^\d{6}$/);
    await panel.getByText('0 Geräte verbunden').waitFor();
    await panel.getByText('Handys kommen nicht hinein?').waitFor();
    expect(await panel.getByTestId('room-test-local').getAttribute('href')).toBe(joinUrl);
    // the beamer shows how to join while no round runs
    await audience.getByTestId('audience-join').waitFor();
    expect(await audience.getByTestId('audience-join').innerText()).toContain(await panel.getByTestId('room-code').innerText());

    await Promise.all(
      phones.map(async (page, i) => {
        await page.goto(joinUrl);
        await page.getByRole('button', { name: NAMES[i]!, exact: true }).tap();
        await page.getByText(`Sie sind ${NAMES[i]}`).waitFor();
      }),
    );
    await panel.getByText('8 Geräte verbunden').waitFor();
    for (const n of NAMES) await panel.getByTestId('room-seats').getByText(n, { exact: true }).waitFor();
  });

  it('eight phones rate ten touchpoints: progress only until the reveal key, then the distribution', async () => {
    const panel = presenter.getByTestId('room-panel');
    const round = presenter.getByTestId('rating-round');
    for (let r = 0; r < ROUNDS; r++) {
      if (r > 0) await presenter.keyboard.press('n');
      const title = await presenter.locator('#rate-tp-title').innerText();
      const k = Number(/Touchpoint (\d+)/.exec(title)![1]);
      await panel.getByRole('button', { name: `„${title}“ öffnen` }).click();
      const drop = r === 4; // one phone's Wi-Fi drops in this round
      await Promise.all(
        phones.map(async (page, i) => {
          await page.getByRole('heading', { name: title, exact: true }).waitFor();
          if (drop && i === 7) {
            await page.getByRole('button', { name: LEVEL_WORDS[(levelOf(i, k) + 1) % 5]!, exact: true }).tap();
            await page.getByText(/Gespeichert/).waitFor();
            await contexts[i]!.setOffline(true);
            await page.getByText(/Verbindung verloren/).waitFor();
            await page.getByRole('button', { name: LEVEL_WORDS[levelOf(i, k)]!, exact: true }).tap();
            await page.getByText(/Wird gesendet/).waitFor();
            await contexts[i]!.setOffline(false);
            await page.getByText(`Sie sind ${NAMES[i]}`).waitFor({ timeout: 10_000 });
          } else {
            await page.getByRole('button', { name: LEVEL_WORDS[levelOf(i, k)]!, exact: true }).tap();
          }
          await page.getByText(/Gespeichert/).waitFor({ timeout: 10_000 });
        }),
      );
      await panel.getByTestId('room-progress').getByText('8 von 8 haben bewertet').waitFor();
      // before the reveal: no value of the open round in the audience's DOM, none in the presenter's rating round
      await audience.waitForTimeout(100); // the audience has had every doc.changed of the answers
      expect(await audienceText()).not.toMatch(VALUE_TEXT);
      expect(await audience.getByTestId('room-distribution').count()).toBe(0);
      await audience.getByTestId('room-stage-progress').getByText('8 von 8 haben bewertet').waitFor();
      const rows = round.locator('tr[data-participant]');
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-value')))).toEqual(Array(8).fill(''));
      expect(await round.getByRole('status', { name: 'Konsens' }).getAttribute('data-value')).toBe('');
      // nor in the list of disputed touchpoints beside it (which names who gave the extremes)
      expect(await presenter.getByRole('list', { name: 'Umstrittene Touchpoints' }).getByText(title, { exact: true }).count()).toBe(0);
      if (drop) {
        await panel.getByTestId('room-seats').getByText('Hugo', { exact: true }).waitFor();
        expect((await docOf(presenter)).ratings[`tp_t${String(k).padStart(3, '0')}`]?.['pa_p07']).toBe(levelOf(7, k) - 2);
      }
      if (r === 1) {
        await presenter.screenshot({ path: path.join(DOC_SHOTS, 'room-presenter-during.png') });
        await audience.screenshot({ path: path.join(DOC_SHOTS, 'room-audience-during.png') });
        await phones[0]!.screenshot({ path: path.join(DOC_SHOTS, 'room-phone-390x844.png') });
        await phones[2]!.screenshot({ path: path.join(DOC_SHOTS, 'room-phone-412x915.png') });
      }

      await presenter.keyboard.press('v'); // the reveal key
      const bars = audience.getByTestId('room-distribution');
      await bars.waitFor();
      const expected = [0, 0, 0, 0, 0];
      for (let i = 0; i < 8; i++) expected[levelOf(i, k)]! += 1;
      expect(await bars.locator('li').evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-count'))))).toEqual(expected);
      const doc = await docOf(presenter);
      const tp = doc.touchpoints.find((t) => t.title === title)!;
      expect(await audience.getByTestId('room-disputed').count()).toBe(consensusOf(doc, tp.id).disputed ? 1 : 0);
      if (consensusOf(doc, tp.id).disputed) await presenter.getByRole('list', { name: 'Umstrittene Touchpoints' }).getByText(title, { exact: true }).waitFor();
      await expect.poll(() => rows.evaluateAll((trs) => trs.filter((tr) => tr.getAttribute('data-value') !== '').length)).toBe(8);
      if (r === 1) {
        await presenter.screenshot({ path: path.join(DOC_SHOTS, 'room-presenter-revealed.png') });
        await audience.screenshot({ path: path.join(DOC_SHOTS, 'room-audience-revealed.png') });
      }
    }
  }, 240_000);

  it('the cube shows the values the phones gave', async () => {
    const doc = await docOf(presenter);
    const rated = doc.touchpoints.filter((t) => Object.keys(doc.ratings[t.id] ?? {}).length === 8);
    expect(rated).toHaveLength(ROUNDS);
    await presenter.getByRole('navigation', { name: 'Ansichten' }).getByRole('button', { name: 'Würfel', exact: true }).click();
    const face = doc.faces[0]!;
    const values = doc.touchpoints.filter((t) => t.faceId === face.id).map((t) => consensusOf(doc, t.id).value).filter((v): v is NonNullable<typeof v> => v !== null);
    const mean = values.reduce((a: number, b) => a + b, 0) / values.length;
    const section = presenter.getByRole('region', { name: 'Würfel', exact: true }).getByRole('region', { name: face.name, exact: true });
    await expect.poll(async () => Number(await section.getAttribute('data-level'))).toBeCloseTo(mean, 9);
    await presenter.getByRole('navigation', { name: 'Ansichten' }).getByRole('button', { name: 'Bewerten', exact: true }).click();
  });

  it('an anonymous round shows no names anywhere, and its values carry no participant', async () => {
    const panel = presenter.getByTestId('room-panel');
    await presenter.keyboard.press('n'); // the eleventh touchpoint, not rated yet
    const title = await presenter.locator('#rate-tp-title').innerText();
    await panel.getByRole('group', { name: 'Diese Runde ist' }).getByRole('button', { name: 'Anonym' }).click();
    await panel.getByRole('button', { name: `„${title}“ öffnen` }).click();
    await panel.getByText('Anonyme Runde: Namen werden nicht gezeigt.').waitFor();
    await Promise.all(
      phones.map(async (page, i) => {
        await page.getByRole('heading', { name: title, exact: true }).waitFor();
        await page.getByRole('button', { name: LEVEL_WORDS[i % 5]!, exact: true }).tap();
        await page.getByText(/Gespeichert/).waitFor();
      }),
    );
    await audience.getByTestId('room-stage-progress').getByText('8 von 8 haben bewertet').waitFor();
    const noNames = async () => {
      const seen = `${await audienceText()}\n${await panel.innerText()}`;
      for (const n of NAMES) expect(seen).not.toContain(n);
    };
    await noNames();
    await presenter.keyboard.press('v');
    await audience.getByTestId('room-distribution').waitFor();
    await noNames();
    const doc = await docOf(presenter);
    const tp = doc.touchpoints.find((t) => t.title === title)!;
    expect(doc.ratings[tp.id] ?? {}).toEqual({});
    expect([...(doc.anonRatings?.[tp.id] ?? [])].sort((a, b) => a - b)).toEqual([-2, -2, -1, -1, 0, 0, 1, 2]);
  });

  it('closing the room closes every phone', async () => {
    await presenter.getByTestId('room-panel').getByRole('button', { name: 'Raum schließen' }).click();
    await presenter.getByTestId('room-panel').getByRole('button', { name: 'Raum öffnen' }).waitFor();
    await audience.getByTestId('audience-join').waitFor({ state: 'detached' });
    expect(pageErrors.flat()).toEqual([]);
    expect(phoneErrors.flat()).toEqual([]);
  });
});
