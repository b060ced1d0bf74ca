/** 0 → "A", 25 → "Z", 26 → "AA" (as Excel names columns). Dependency-free: the import worker loads it. */
export function columnLetter(index: number): string {
  let n = Math.max(0, Math.floor(index)) + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
