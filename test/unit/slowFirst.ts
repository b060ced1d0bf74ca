/**
 * Test files that take longest start first. Vitest orders files by their last duration, but a
 * fresh clone (CI) has no record and falls back to file size, so the 40 s kill -9 run and the
 * longest browser file started last and ran alone at the end (~1 min of the CI run). Files
 * with a record keep vitest's order behind these.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const SLOW = [
  // unit and service tests
  'src/main/services/storage/killsave.test.ts',
  'src/shared/commands/property.test.ts',
  'src/main/services/import/isolated.test.ts',
  'src/main/services/export/pictures.test.ts',
  'src/cli/commands/import.test.ts',
  // browser tests
  'test/e2e/screens.e2e.ts',
  'test/e2e/library.e2e.ts',
  'test/e2e/room-mode.e2e.ts',
  'test/e2e/board.e2e.ts',
  'test/e2e/act.e2e.ts',
  'test/e2e/rundays.e2e.ts',
  'test/e2e/setup.e2e.ts',
];

const rank = (spec: TestSpecification): number => {
  const file = spec.moduleId.replaceAll('\\', '/');
  const i = SLOW.findIndex((s) => file.endsWith(s));
  return i < 0 ? SLOW.length : i;
};

export class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const at = new Map(base.map((f, i) => [f, i]));
    return [...base].sort((a, b) => rank(a) - rank(b) || at.get(a)! - at.get(b)!);
  }
}
