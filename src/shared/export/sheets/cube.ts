/**
 * Würfel / Cube: the six faces as grids of coloured cells, laid out as the unfolded net of
 * the cube pictures (cubeDrawing's cross: up; left, front, right, back; down), one cell per
 * touchpoint with its symbol and the touchpoint as a note; beside it the figures per face
 * and the legend.
 */
import { CROSS_CELLS } from '../../cubeDrawing/net';
import { HOME, POSITIONS } from '../../cubeDrawing/orientation';
import type { CubeFace } from '../../metrics/cube';
import { c, headerRow, levelLabel, type Ctx } from '../context';
import { wrappedHeight } from '../layout';
import type { Cell, SheetModel } from '../model';
import { swatchOf } from '../palette';
import { faceBand, levelKey, mid } from '../styles';

/** sticker cells: 6.5 characters ≈ 50 px wide, 37.5 pt = 50 px high: squares */
const STICKER_W = 6.5;
const STICKER_H = 37.5;
const GAP_W = 2;
const TOP = 3;

/** (column, row) of every face in the net, by face index */
function netCellOf(faceIndex: number): readonly [number, number] {
  const pos = POSITIONS.find((p) => HOME[p] === faceIndex) ?? 'F';
  return CROSS_CELLS[pos];
}

export function cubeSheet(ctx: Ctx): SheetModel {
  const { t, cube, styles } = ctx;
  const N = cube.faces[0]?.n ?? 3;
  const rows: Cell[][] = [];
  const heights: Record<number, number> = {};
  const merges: NonNullable<SheetModel['merges']> = [];
  const set = (r: number, col: number, cell: Cell) => {
    while (rows.length <= r) rows.push([]);
    rows[r]![col] = cell;
  };

  const netCols = 4;
  const netRows = 3;
  const widths: number[] = [GAP_W];
  for (let nc = 0; nc < netCols; nc++) widths.push(...new Array<number>(N).fill(STICKER_W), GAP_W);
  // title band, N sticker rows; no thin gap rows, so the figures beside the net keep readable rows
  const blockRows = N + 1;
  const colOf = (nc: number) => 1 + nc * (N + 1);
  const rowOf = (nr: number) => TOP + nr * blockRows;

  set(0, 1, c(t('excel.cube.title'), 'title'));
  heights[0] = 30;
  set(1, 1, c(t('excel.cube.hint', { sheet: t('excel.sheet.touchpoints') }), 'mutedLine'));

  // the faces
  const byNetRow: CubeFace[][] = [[], [], []];
  cube.faces.forEach((face, i) => {
    const [nc, nr] = netCellOf(i);
    byNetRow[nr]!.push(face);
    const c0 = colOf(nc);
    const r0 = rowOf(nr);
    set(r0, c0, c(face.name, faceBand(styles, face.color)));
    merges.push({ r1: r0, c1: c0, r2: r0, c2: c0 + N - 1 });
    // every face has the cube's order N (metrics/cube.ts), so the net stays a cube
    face.cells.forEach((s, k) => {
      const r = r0 + 1 + Math.floor(k / N);
      const col = c0 + (k % N);
      if (!s) return set(r, col, c(null, 'stickerEmpty'));
      set(r, col, c(swatchOf(s.value).symbol, `sticker:${levelKey(s.value)}`));
    });
  });
  for (let nr = 0; nr < netRows; nr++) {
    const r0 = rowOf(nr);
    heights[r0] = Math.max(30, ...byNetRow[nr]!.map((f) => wrappedHeight(f.name, N * STICKER_W - 1)));
    for (let k = 1; k <= N; k++) heights[r0 + k] = STICKER_H;
  }
  if (cube.unassigned.length > 0) set(rowOf(netRows) + 1, 1, c(t('excel.cube.unassigned', { count: cube.unassigned.length }), 'mutedLine'));

  // figures per face and the legend, right of the net
  const fc = widths.length + 1; // one gap column, then the swatch column
  widths.push(GAP_W + 1, STICKER_W, 34, 10, 13, 11, 12);
  let r = TOP;
  set(r++, fc, c(t('excel.cube.figures'), 'section'));
  merges.push({ r1: r - 1, c1: fc, r2: r - 1, c2: fc + 5 });
  const header = headerRow(['', t('excel.col.face'), t('excel.col.level'), t('excel.col.homogeneity'), t('excel.col.coverage'), t('excel.col.count')]);
  header.forEach((h, k) => set(r, fc + k, h));
  r++;
  for (const face of cube.faces) {
    const f = face.figures;
    const line = [c(null, faceBand(styles, face.color)), c(face.name, mid(styles, 'text')), c(f.level, mid(styles, 'mean')), c(f.homogeneity, mid(styles, 'percent')), c(f.coverage, mid(styles, 'percent')), c(f.count, mid(styles, 'int'))];
    line.forEach((cell, k) => set(r, fc + k, cell));
    r++;
  }
  const all = cube.figures;
  [c(null), c(t('excel.summary.wholeCube'), mid(styles, 'labelTotal')), c(all.level, mid(styles, 'meanBold')), c(all.homogeneity, mid(styles, 'percentBold')), c(all.coverage, mid(styles, 'percentBold')), c(all.count, mid(styles, 'intBold'))].forEach((cell, k) => set(r, fc + k, cell));
  r += 2;

  set(r++, fc, c(t('excel.legend'), 'section'));
  merges.push({ r1: r - 1, c1: fc, r2: r - 1, c2: fc + 5 });
  for (const v of [2, 1, 0, -1, -2, null] as const) {
    set(r, fc, c(swatchOf(v).symbol, `sticker:${levelKey(v)}`));
    set(r, fc + 1, c(v === null ? t('cube.legend.blind') : levelLabel(ctx, v), 'legendLabel'));
    heights[r] ??= STICKER_H;
    r++;
  }
  set(r, fc, c(null, 'stickerEmpty'));
  set(r, fc + 1, c(t('cube.legend.empty'), 'legendLabel'));
  heights[r] ??= STICKER_H;
  r++;

  return {
    key: 'cube',
    name: t('excel.sheet.cube'),
    widths,
    rows,
    heights,
    merges,
    fitToPage: true,
  };
}
