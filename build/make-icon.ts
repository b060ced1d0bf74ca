/**
 * Draws the app icon: an isometric cube whose three visible faces carry 3×3 stickers in
 * the colours of the cube's faces (product, service, people), on a rounded dark tile.
 * Usage: npx tsx build/make-icon.ts  → build/icon.png (512×512, committed).
 * electron-builder derives the Windows .ico and macOS .icns from this PNG.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { DEFAULT_FACE_COLORS } from '../src/shared/model/defaults';

const SIZE = 512;
type P = { x: number; y: number };

function roundedRect(ctx: SKRSContext2D, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

/** Point on the parallelogram origin + u·a + v·b (u, v in 0..1). */
const at = (o: P, a: P, b: P, u: number, v: number): P => ({ x: o.x + a.x * u + b.x * v, y: o.y + a.y * u + b.y * v });

/** One face: 3×3 stickers with a gap, darkened by `shade` for the light direction. */
function face(ctx: SKRSContext2D, o: P, a: P, b: P, color: string, shade: number) {
  ctx.fillStyle = '#10141a';
  ctx.beginPath();
  for (const [u, v] of [[0, 0], [1, 0], [1, 1], [0, 1]] as const) {
    const p = at(o, a, b, u, v);
    if (u === 0 && v === 0) ctx.moveTo(p.x, p.y);
    else ctx.lineTo(p.x, p.y);
  }
  ctx.closePath();
  ctx.fill();
  const gap = 0.035;
  const cell = (1 - gap * 4) / 3;
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      const u0 = gap + i * (cell + gap);
      const v0 = gap + j * (cell + gap);
      const corners = [at(o, a, b, u0, v0), at(o, a, b, u0 + cell, v0), at(o, a, b, u0 + cell, v0 + cell), at(o, a, b, u0, v0 + cell)];
      ctx.beginPath();
      corners.forEach((p, k) => (k === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
      ctx.closePath();
      ctx.fillStyle = color;
      ctx.fill();
      ctx.fillStyle = `rgba(0,0,0,${shade})`;
      ctx.fill();
    }
  }
}

export function drawIcon(): Buffer {
  const canvas = createCanvas(SIZE, SIZE);
  const ctx = canvas.getContext('2d');
  roundedRect(ctx, 16, 16, SIZE - 32, SIZE - 32, 96);
  const bg = ctx.createLinearGradient(0, 0, 0, SIZE);
  bg.addColorStop(0, '#2b3440');
  bg.addColorStop(1, '#161b22');
  ctx.fillStyle = bg;
  ctx.fill();

  const c = { x: SIZE / 2, y: SIZE / 2 + 6 };
  const s = 178; // edge length on screen
  const dx = s * Math.cos(Math.PI / 6);
  const dy = s * Math.sin(Math.PI / 6);
  const top: P = { x: c.x, y: c.y - s }; // the far corner of the top face
  const right: P = { x: dx, y: dy };
  const left: P = { x: -dx, y: dy };
  const down: P = { x: 0, y: s };
  // top face: from the far corner towards the viewer
  face(ctx, top, left, right, DEFAULT_FACE_COLORS.product, 0);
  // left face and right face meet in the near vertical edge
  face(ctx, at(top, left, right, 1, 0), right, down, DEFAULT_FACE_COLORS.service, 0.12);
  face(ctx, at(top, left, right, 1, 1), { x: dx, y: -dy }, down, DEFAULT_FACE_COLORS.people, 0.26);
  return canvas.toBuffer('image/png');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL('./icon.png', import.meta.url));
  writeFileSync(target, drawIcon());
  process.stdout.write(`wrote ${target}\n`);
}
