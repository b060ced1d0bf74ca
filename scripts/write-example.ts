/**
 * Regenerates the bundled example workshop: `npx tsx scripts/write-example.ts`.
 * Writes resources/example.tpcube exactly as `serializeWorkshop` produces it
 * (the test in src/shared/example/bank.test.ts compares byte for byte).
 */
import { writeFileSync } from 'node:fs';
import { exampleWorkshop } from '../src/shared/example/bank';
import { serializeWorkshop, validateWorkshop } from '../src/shared/model/migrations';

const doc = validateWorkshop(exampleWorkshop());
const target = new URL('../resources/example.tpcube', import.meta.url);
writeFileSync(target, serializeWorkshop(doc), 'utf8');
console.log(`wrote ${target.pathname}: ${doc.touchpoints.length} touchpoints`);
