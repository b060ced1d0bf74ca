/**
 * Eight phones in one room (two iPhone and six Pixel contexts, touch) join by the QR URL
 * and rate ten touchpoints one after another. What the presenter's data (the room server's
 * presenter view, which the console and the audience draw) shows: progress only until the
 * reveal, then the distribution; the cube's data has the values. Needs `npm run build`.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devices, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { consensusOf } from '../../src/shared/metrics/consensus';
import type { PresenterRoundView } from '../../src/shared/room/round';
import { startRoom, roomDoc, type TestRoom } from '../../src/main/services/roomServer/testkit';
import { launchBrowser } from './fixture';

const NAMES = ['Ada', 'Bruno', 'Cem', 'Dana', 'Eli', 'Fatma', 'Greta', 'Hugo'];
const LEVEL_WORDS = ['enttäuschend', 'unbefriedigend', 'erwartet', 'gut', 'begeisternd'];
let browser: Browser;
let room: TestRoom;
const contexts: BrowserContext[] = [];
const pages: Page[] = [];
const views: PresenterRoundView[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const doc = roomDoc(8, 10);
  doc.participants.forEach((p, i) => (p.name = NAMES[i]!));
  room = await startRoom({ doc, staticDir: path.resolve('out/phone') });
  room.server.on((e) => {
    if (e.type === 'room.view') views.push(e.view);
  });
  for (let i = 0; i < 8; i++) {
    const ctx = await browser.newContext({ ...devices[i < 2 ? 'iPhone 13' : 'Pixel 7'], locale: 'de-DE' });
    contexts.push(ctx);
    pages.push(await ctx.newPage());
  }
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await room?.stop();
});

/** the level phone i gives touchpoint k: spread so that some touchpoints are disputed */
const levelOf = (i: number, k: number) => ((i * (k % 3)) % 5) as 0 | 1 | 2 | 3 | 4;

describe('eight phones, ten touchpoints', () => {
  it('join by the QR URL, rate, and the presenter sees counts until the reveal', async () => {
    await Promise.all(
      pages.map(async (page, i) => {
        await page.goto(room.info.urls[0]!.join);
        await page.getByRole('button', { name: NAMES[i]!, exact: true }).tap();
        await page.getByText(`Sie sind ${NAMES[i]}`).waitFor();
      }),
    );
    expect(room.server.stats().connectedDevices).toBe(8);
    const tps = room.doc().touchpoints.map((t) => t.id);
    for (const [k, tp] of tps.entries()) {
      room.server.openTouchpoint(tp);
      views.length = 0;
      await Promise.all(
        pages.map(async (page, i) => {
          await page.getByRole('heading', { name: `Touchpoint ${k}`, exact: true }).waitFor();
          await page.getByRole('button', { name: LEVEL_WORDS[levelOf(i, k)]!, exact: true }).tap();
          await page.getByText(/Gespeichert/).waitFor();
        }),
      );
      await expect.poll(() => room.server.view()?.progress.answered).toBe(8);
      // before the reveal: counts only, at every step on the way
      expect(views.length).toBeGreaterThan(0);
      for (const v of views) {
        expect(v.summary).toBeNull();
        expect(v.progress.of).toBe(8);
      }
      room.server.reveal();
      const summary = room.server.view()!.summary!;
      const expected = [0, 0, 0, 0, 0];
      for (let i = 0; i < 8; i++) expected[levelOf(i, k)]! += 1;
      expect(summary.distribution).toEqual(expected);
      expect(summary.disputed).toBe(consensusOf(room.doc(), tp).disputed);
      await pages[0]!.getByText(/Antworten sind jetzt auf der Leinwand/).waitFor();
    }
    // the cube's data: every touchpoint has its eight ratings and a value
    for (const tp of tps) {
      expect(Object.keys(room.doc().ratings[tp] ?? {})).toHaveLength(8);
      expect(consensusOf(room.doc(), tp).value).not.toBeNull();
    }
  });
});
