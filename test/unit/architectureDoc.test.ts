/**
 * docs/architecture.md tells a newcomer where things are; a folder tree that no longer matches
 * `src/` sends them to the wrong place. The tree under "## Folders" must list exactly the first
 * two levels of src/ (directories), and every deeper folder it lists must exist.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** vitest's snapshot folders are test artefacts, not places where code belongs */
const listed = (name: string) => !name.startsWith('__') && !name.startsWith('.');

/** The folders of `src/` down to `depth` levels, as `src/a`, `src/a/b`. */
function realFolders(dir: string, depth: number): string[] {
  if (depth === 0) return [];
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory() && listed(d.name))
    .flatMap((d) => [`${dir}/${d.name}`, ...realFolders(`${dir}/${d.name}`, depth - 1)]);
}

/**
 * The folders of the tree in the first code block after "## Folders": one folder per line,
 * `name/` indented by two spaces per level below `src/`, then a description.
 */
function documentedFolders(markdown: string): { path: string; depth: number }[] {
  const section = markdown.split(/^## Folders\s*$/m)[1];
  if (section === undefined) throw new Error('docs/architecture.md has no "## Folders" section');
  const block = /```[a-z]*\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error('the "## Folders" section has no code block');
  const lines = block.split('\n').filter((l) => l.trim() !== '');
  expect(lines[0]?.trim()).toBe('src/');
  const stack: string[] = ['src'];
  const out: { path: string; depth: number }[] = [];
  for (const line of lines.slice(1)) {
    const m = /^( *)([\w.-]+)\/(?:\s|$)/.exec(line);
    if (!m) throw new Error(`not a folder line in the tree: "${line}"`);
    const indent = (m[1] ?? '').length;
    if (indent % 2 !== 0 || indent === 0) throw new Error(`indent the tree by two spaces per level: "${line}"`);
    const depth = indent / 2;
    if (depth > stack.length) throw new Error(`a folder is indented deeper than its parent: "${line}"`);
    stack.length = depth;
    stack.push(m[2] as string);
    out.push({ path: stack.join('/'), depth });
  }
  return out;
}

describe('docs/architecture.md', () => {
  const markdown = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');
  const documented = documentedFolders(markdown);

  it('lists exactly the first two levels of src/', () => {
    const topTwo = documented.filter((f) => f.depth <= 2).map((f) => f.path).sort();
    expect(topTwo).toEqual(realFolders('src', 2).sort());
  });

  it('lists no deeper folder that does not exist', () => {
    const missing = documented.filter((f) => f.depth > 2 && !(existsSync(path.join(root, f.path)) && statSync(path.join(root, f.path)).isDirectory()));
    expect(missing.map((f) => f.path)).toEqual([]);
  });

  it('names only files of the repository in its links', () => {
    const links = [...markdown.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1] as string).filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((l) => !existsSync(path.join(root, 'docs', l)))).toEqual([]);
  });
});
