/**
 * npm run bench: builds a synthetic national content tree (317 councils, 9 quarters by default) end to end,
 * and in the same run a baseline of plain Eleventy and Pagefind over the same number of pages; prints the
 * median of 3 runs of each. Options: --councils N --quarters N --runs N.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { syntheticContent } from "../lib/fixture/synthetic.ts";
import { loadContent } from "../lib/load/content.ts";
import { median, writeBaselineSource } from "../lib/bench/baseline.ts";

const { values } = parseArgs({
  options: {
    councils: { type: "string", default: "317" },
    quarters: { type: "string", default: "9" },
    runs: { type: "string", default: "3" },
  },
});
const runs = Number(values.runs);
const work = mkdtempSync(join(tmpdir(), "plan-pages-bench-"));
const contentDir = join(work, "content");
for (const file of syntheticContent({ councils: Number(values.councils), quarters: Number(values.quarters) })) {
  mkdirSync(dirname(join(contentDir, file.path)), { recursive: true });
  writeFileSync(join(contentDir, file.path), file.text);
}

interface Run {
  seconds: number;
  phases: Record<string, number>;
  peakKilobytes: number;
}

/** Runs a TypeScript entry point in a child process; peak memory from GNU time when present (it counts Pagefind's own process too). */
function measure(args: string[], env: Record<string, string>, report: string): Run {
  const gnuTime = existsSync("/usr/bin/time");
  const command = gnuTime ? "/usr/bin/time" : process.execPath;
  const commandArgs = gnuTime ? ["-f", "peak-kilobytes %M", process.execPath, "--import", "tsx", ...args] : ["--import", "tsx", ...args];
  const started = performance.now();
  const result = spawnSync(command, commandArgs, { env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  const reported = JSON.parse(readFileSync(report, "utf8")) as { phases: Record<string, number>; maxRssKilobytes: number };
  const fromTime = Number(/peak-kilobytes (\d+)/.exec(result.stderr)?.[1] ?? 0);
  return { seconds, phases: reported.phases, peakKilobytes: Math.max(fromTime, reported.maxRssKilobytes) };
}

function countFiles(folder: string, extension: string): number {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).filter(
    (name) => name.endsWith(extension) && statSync(join(folder, name)).isFile(),
  ).length;
}

const validation: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const started = performance.now();
  const content = loadContent(contentDir);
  validation.push((performance.now() - started) / 1000);
  if (content.errors.some((error) => error.severity === "error")) throw new Error("the synthetic content did not validate");
}

const ours: Run[] = [];
let pages = 0;
for (let run = 0; run < runs; run += 1) {
  const outputDir = join(work, `site-${run}`);
  const report = join(work, `ours-${run}.json`);
  ours.push(
    measure(
      ["scripts/build.ts"],
      { CONTENT_DIR: contentDir, OUTPUT_DIR: outputDir, SOURCE_DATE_EPOCH: "1795435200", BUILD_REPORT: report },
      report,
    ),
  );
  if (run === 0) pages = countFiles(outputDir, ".html");
  rmSync(outputDir, { recursive: true, force: true });
}

const baselineSource = join(work, "baseline-source");
writeBaselineSource(baselineSource, pages, 500);
const baseline: Run[] = [];
for (let run = 0; run < runs; run += 1) {
  const outputDir = join(work, `baseline-${run}`);
  const report = join(work, `baseline-${run}.json`);
  baseline.push(measure(["scripts/bench-baseline.ts", baselineSource, outputDir, report], {}, report));
  rmSync(outputDir, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });

const phaseNames = (list: Run[]): string[] => [...new Set(list.flatMap((run) => Object.keys(run.phases)))];
const medianPhase = (list: Run[], name: string): number => median(list.map((run) => run.phases[name] ?? 0));
const ourTotal = median(ours.map((run) => run.seconds));
const baselineTotal = median(baseline.map((run) => run.seconds));
const megabytes = (kilobytes: number): string => `${(kilobytes / 1024).toFixed(0)} MB`;

console.log(
  `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(`Content: ${values.councils} councils, ${values.quarters} quarters; ${pages} HTML pages. Median of ${runs} runs.\n`);
console.log("| measure | Plan Pages | baseline (plain Eleventy + Pagefind) |");
console.log("| --- | --- | --- |");
console.log(`| validate the whole tree (in process) | ${median(validation).toFixed(2)} s | |`);
for (const name of phaseNames(ours)) {
  const baselinePhase = baseline.some((run) => name in run.phases) ? `${medianPhase(baseline, name).toFixed(2)} s` : "";
  console.log(`| ${name} | ${medianPhase(ours, name).toFixed(2)} s | ${baselinePhase} |`);
}
console.log(`| total, wall clock (with start-up) | ${ourTotal.toFixed(2)} s | ${baselineTotal.toFixed(2)} s |`);
console.log(`| pages per second | ${(pages / ourTotal).toFixed(0)} | ${(pages / baselineTotal).toFixed(0)} |`);
console.log(
  `| peak memory | ${megabytes(median(ours.map((run) => run.peakKilobytes)))} | ${megabytes(median(baseline.map((run) => run.peakKilobytes)))} |`,
);
console.log(`\nRatio of total time, Plan Pages to baseline: ${(ourTotal / baselineTotal).toFixed(2)}`);
console.log(
  'Pages and feeds are rendered by Eleventy ("render"), which hands each page to Pagefind as it goes, and the calendars are written on a worker thread meanwhile; "other outputs" is the open data, written while Pagefind writes its index, and "search index" the wait for Pagefind after that. The baseline\'s "search index" is a whole Pagefind run over its folder.',
);
