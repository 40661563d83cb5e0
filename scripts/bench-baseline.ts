/**
 * One run of the benchmark's baseline (see lib/bench/baseline.ts), started by scripts/bench.ts:
 * tsx scripts/bench-baseline.ts <source folder> <output folder> <report.json>
 */
import { writeFileSync } from "node:fs";
import Eleventy from "@11ty/eleventy";
import { buildSearchIndex } from "../lib/build/search-index.ts";

const [source, output, report] = process.argv.slice(2);
if (!source || !output || !report) throw new Error("usage: bench-baseline.ts <source> <output> <report.json>");

const phases: Record<string, number> = {};
let started = performance.now();
// No config file (the repository has none Eleventy would find by itself): Eleventy's defaults, as a plain site would have them.
const eleventy = new Eleventy(source, output, { quietMode: true });
await eleventy.write();
phases.render = (performance.now() - started) / 1000;
started = performance.now();
await buildSearchIndex(output);
phases["search index"] = (performance.now() - started) / 1000;
writeFileSync(report, JSON.stringify({ phases, maxRssKilobytes: process.resourceUsage().maxRSS }));
