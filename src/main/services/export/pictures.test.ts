import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from '../../../shared/example/bank';
import { newWorkshop } from '../../../shared/model/defaults';
import { swatchOf } from '../../../shared/export/palette';
import type { Workshop } from '../../../shared/model/schema';
import { exportPicture, PICTURE_KINDS, type PictureKind } from './index';
import { cubeOf } from '../../../shared/metrics/cube';
import { lopsidedWorkshop } from '../../../shared/export/testkit';
import { area, type PolygonShape } from '../../../shared/cubeDrawing/shapes';
import { CUBE_PICTURE, cubePictureDrawing } from './pictures';

/** Decode a PNG and count the pixels of each colour asked for. */
async function decode(png: Buffer, colours: string[]) {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, img.width, img.height).data;
  const index = new Map(colours.map((c, k) => [parseInt(c.slice(1), 16), k]));
  const counts = colours.map(() => 0);
  for (let i = 0; i < data.length; i += 4) {
    const k = index.get((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    if (k !== undefined) counts[k]!++;
  }
  return { width: img.width, height: img.height, counts };
}

const LEVEL_FILLS = ([-2, -1, 0, 1, 2] as const).map((l) => swatchOf(l).fill);

describe('the handoff pictures', () => {
  it.each(PICTURE_KINDS)('draws %s at 2× with every level colour of the example', async (kind: PictureKind) => {
    const png = await exportPicture(exampleWorkshop(), kind, 'de');
    const { width, height, counts } = await decode(png, LEVEL_FILLS);
    expect(width).toBeGreaterThanOrEqual(3200);
    expect(width % 2).toBe(0);
    expect(height).toBeGreaterThan(1000);
    // the legend shows all five levels; the example is rated, so its stickers add more of them
    counts.forEach((n, i) => expect(n, `level ${i - 2}`).toBeGreaterThan(400));
  });

  it('shows a rating change: more "delighting" blue on the cube after every rating is +2', async () => {
    const doc = exampleWorkshop();
    const delighted: Workshop = { ...doc, roomRatings: Object.fromEntries(doc.touchpoints.map((t) => [t.id, 2 as const])) };
    const blue = swatchOf(2).fill;
    const before = (await decode(await exportPicture(doc, 'cube-net', 'en'), [blue])).counts[0]!;
    const after = (await decode(await exportPicture(delighted, 'cube-net', 'en'), [blue])).counts[0]!;
    expect(after).toBeGreaterThan(before * 5);
  });

  it.each(PICTURE_KINDS)('draws %s for an empty workshop', async (kind: PictureKind) => {
    const png = await exportPicture(newWorkshop({ title: 'Leer', language: 'en', now: new Date(0) }), kind, 'en');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

describe('the cube pictures stay a cube', () => {
  it.each(['cube-net', 'cube-3d'] as const)('%s: every face drawn is a 4×4 grid of equal cells when one face has 14 touchpoints', (kind) => {
    const doc = lopsidedWorkshop();
    const cube = cubeOf(doc);
    expect(cube.faces[0]!.stickers).toHaveLength(14);
    const d = cubePictureDrawing(kind, cube, CUBE_PICTURE, { lang: 'de', heading: true });
    const cells = d.shapes.filter((s): s is PolygonShape => s.kind === 'polygon' && (s.role === 'sticker' || s.role === 'empty'));
    const faces = [...new Set(cells.map((s) => s.faceIndex))];
    expect(faces).toHaveLength(kind === 'cube-net' ? 6 : 3);
    for (const f of faces) expect(cells.filter((s) => s.faceIndex === f), `face ${f}`).toHaveLength(16);
    // equal stickers: every cell has the same area (the 3-D sides are congruent parallelograms)
    const a0 = area(cells[0]!.points);
    for (const c of cells) expect(area(c.points)).toBeCloseTo(a0, 3);
  });
});
