/**
 * npm run fixture -- --councils 317 --quarters 9 --out DIR: writes a deterministic synthetic content tree
 * (DIR/councils/...) that passes `npm run check`, for benchmarks and scale tests.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { syntheticContent } from "../lib/fixture/synthetic.ts";

const { values } = parseArgs({
  options: {
    councils: { type: "string", default: "317" },
    quarters: { type: "string", default: "9" },
    out: { type: "string" },
    seed: { type: "string", default: "2024" },
  },
});
if (!values.out) {
  console.error("Usage: npm run fixture -- --councils 317 --quarters 9 --out DIR");
  process.exit(2);
}
const councils = Number(values.councils);
const quarters = Number(values.quarters);
if (!Number.isInteger(councils) || councils < 1 || !Number.isInteger(quarters) || quarters < 1) {
  console.error("--councils and --quarters must be whole numbers of 1 or more");
  process.exit(2);
}
const files = syntheticContent({ councils, quarters, seed: Number(values.seed) });
rmSync(join(values.out, "councils"), { recursive: true, force: true });
for (const file of files) {
  const path = join(values.out, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
}
console.log(`Wrote ${files.length} files for ${councils} councils and ${quarters} quarters to ${values.out}`);
