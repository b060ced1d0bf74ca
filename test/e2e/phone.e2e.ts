/**
 * The phone page against the real room server (not yet wired into the harness): phones in
 * Chromium's iPhone and Pixel emulation join by the QR URL, pick a name, rate with a tap,
 * resume after a reload, and rate at their own pace. Needs `npm run build` (out/phone).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devices, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startRoom, roomDoc, type TestRoom } from '../../src/main/services/roomServer/testkit';
import { DOC_SHOTS, launchBrowser } from './fixture';

let browser: Browser;
let room: TestRoom;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const doc = roomDoc(4, 4);
  doc.participants.forEach((p, i) => (p.name = ['Ada Berger', 'Jörg Müller', 'Chiara Rossi', 'Dilek Şahin'][i]!));
  room = await startRoom({ doc, staticDir: path.resolve('out/phone') });
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await room?.stop();
});

async function phone(device: 'iPhone 13' | 'Pixel 7', size: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const ctx = await browser.newContext({ ...devices[device], viewport: size, locale: 'de-DE' });
  contexts.push(ctx);
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('favicon')) errors.push(m.text());
  });
  await page.goto(room.info.urls[0]!.join);
  return { page, errors };
}

describe('phone page', () => {
  it('joins by the QR URL, rates with a tap, keeps name and answer after a reload', async () => {
    room.server.openTouchpoint('tp_t000');
    const { page, errors } = await phone('iPhone 13', { width: 390, height: 844 });
    await page.getByRole('button', { name: 'Jörg Müller' }).tap();
    await page.getByText('Sie sind Jörg Müller').waitFor();
    await page.getByRole('heading', { name: 'Touchpoint 0' }).waitFor();
    await page.screenshot({ path: path.join(DOC_SHOTS, 'phone-390x844-before.png') });
    await page.getByRole('button', { name: /begeisternd|delighting/ }).tap();
    await page.getByText(/Gespeichert/).waitFor();
    expect(room.doc().ratings['tp_t000']).toEqual({ pa_p01: 2 });
    await page.screenshot({ path: path.join(DOC_SHOTS, 'phone-390x844-rated.png') });

    await page.reload();
    await page.getByText('Sie sind Jörg Müller').waitFor();
    await expect.poll(() => page.getByRole('button', { pressed: true }).count()).toBe(1);
    await page.getByRole('button', { name: /Kann ich nicht beurteilen/ }).tap();
    await expect.poll(() => room.doc().ratings['tp_t000']).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('a phone whose socket drops mid-round keeps its name, and an answer tapped meanwhile arrives', async () => {
    room.server.openTouchpoint('tp_t002');
    const { page, errors } = await phone('Pixel 7', { width: 412, height: 915 });
    await page.getByRole('button', { name: 'Ada Berger' }).tap();
    await page.getByRole('heading', { name: 'Touchpoint 2' }).waitFor();
    await page.getByRole('button', { name: /^gut$/ }).tap();
    await expect.poll(() => room.doc().ratings['tp_t002']?.['pa_p00']).toBe(1);
    // the Wi-Fi drops: every socket dies and, for a while, no new one gets through
    const inside = room.server as unknown as { conns: Set<{ ws: { terminate(): void } }>; allowed: Set<string> };
    const allowed = inside.allowed;
    inside.allowed = new Set();
    for (const c of inside.conns) c.ws.terminate();
    await page.getByText(/Verbindung verloren/).waitFor();
    await page.getByRole('button', { name: /unbefriedigend/ }).tap();
    await page.getByText(/Wird gesendet/).waitFor();
    expect(room.doc().ratings['tp_t002']?.['pa_p00']).toBe(1);
    inside.allowed = allowed; // the Wi-Fi is back
    await expect.poll(() => room.doc().ratings['tp_t002']?.['pa_p00'], { timeout: 10_000 }).toBe(-1);
    await page.getByText('Sie sind Ada Berger').waitFor();
    await page.getByText(/Gespeichert/).waitFor();
    expect(errors.filter((e) => !/WebSocket|421/.test(e))).toEqual([]);
  });

  it('a second phone on its own pace works through a phase with progress', async () => {
    room.server.openPhase(room.doc().phases[1]!.id);
    const { page, errors } = await phone('Pixel 7', { width: 412, height: 915 });
    await page.getByRole('button', { name: 'Chiara Rossi' }).tap();
    await page.getByTestId('own-progress').getByText('0 von 2 bewertet').waitFor();
    await page.screenshot({ path: path.join(DOC_SHOTS, 'phone-412x915-own-pace.png') });
    await page.getByRole('button', { name: /Touchpoint 1/ }).tap();
    await page.getByRole('button', { name: /enttäuschend|disappointing/ }).tap();
    // the next open touchpoint follows
    await page.getByRole('heading', { name: 'Touchpoint 3' }).waitFor();
    await page.getByRole('button', { name: /erwartet|as expected/ }).tap();
    await page.getByTestId('own-progress').getByText('2 von 2 bewertet').waitFor();
    expect(room.doc().ratings['tp_t001']).toEqual({ pa_p02: -2 });
    expect(room.doc().ratings['tp_t003']).toEqual({ pa_p02: 0 });
    expect(errors).toEqual([]);
  });
  it('dot voting on the phone keeps to the budget', async () => {
    room.server.endRound();
    room.server.setRoom({ voting: true, votingPhaseId: null });
    const { page, errors } = await phone('iPhone 13', { width: 390, height: 844 });
    await page.getByRole('button', { name: 'Dilek Şahin' }).tap();
    const budget = room.doc().method.dotsPerParticipant;
    await page.getByTestId('dots-left').getByText(`Noch ${budget} von ${budget} Punkten`).waitFor();
    const add = page.getByRole('button', { name: 'Einen Punkt auf Touchpoint 1' });
    for (let i = 0; i < budget; i++) {
      await add.tap();
      await page.getByTestId('dots-left').getByText(`Noch ${budget - i - 1} von ${budget} Punkten`).waitFor();
    }
    await expect.poll(() => add.isDisabled()).toBe(true);
    expect(room.doc().votes['tp_t001']).toEqual({ pa_p03: budget });
    await page.screenshot({ path: path.join(DOC_SHOTS, 'phone-390x844-voting.png') });
    expect(errors).toEqual([]);
  });
});
