import { createCanvas, loadImage } from '@napi-rs/canvas';
import { readFileSync, writeFileSync } from 'node:fs';
const [f, x, y, w, h, out] = process.argv.slice(2);
const img = await loadImage(readFileSync(f!));
const c = createCanvas(Number(w), Number(h));
c.getContext('2d').drawImage(img, Number(x), Number(y), Number(w), Number(h), 0, 0, Number(w), Number(h));
writeFileSync(out!, await c.encode('png'));
console.log(img.width, img.height);
