/**
 * npm run bench: builds a synthetic national content tree (317 councils, 9 quarters by default) end to end, in one
 * process and in as many as the machine has cores, and in the same run a baseline of plain Eleventy and Pagefind
 * (one process) over the same number of pages; prints the median of 3 runs of each. Options: --councils N
 * --quarters N --runs N.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { syntheticContent } from "../lib/fixture/synthetic.ts";
import { loadContent } from "../lib/load/content.ts";
import { median, writeBaselineSource } from "../lib/bench/baseline.ts";
import { councilToMeasure, firstQueries, firstQueryDownloads, type QueryDownload } from "../lib/checks/search-downloads.ts";
import { budgets } from "../lib/checks/budgets.ts";

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
  /** Each process's own peak, the build's and its parts' (Pagefind's own process is not among them). */
  processPeaksKilobytes: number[];
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
  const reported = JSON.parse(readFileSync(report, "utf8")) as {
    phases: Record<string, number>;
    maxRssKilobytes: number;
    partsMaxRssKilobytes?: number[];
  };
  const fromTime = Number(/peak-kilobytes (\d+)/.exec(result.stderr)?.[1] ?? 0);
  return {
    seconds,
    phases: reported.phases,
    peakKilobytes: Math.max(fromTime, reported.maxRssKilobytes, ...(reported.partsMaxRssKilobytes ?? [])),
    processPeaksKilobytes: [reported.maxRssKilobytes, ...(reported.partsMaxRssKilobytes ?? [])],
  };
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

/** The largest page of a built site: its address and its size, as written and gzipped. */
function largestPage(folder: string): { path: string; bytes: number; gzipped: number } {
  let largest = { path: "", bytes: 0 };
  for (const name of readdirSync(folder, { recursive: true, encoding: "utf8" })) {
    if (!name.endsWith(".html")) continue;
    const bytes = statSync(join(folder, name)).size;
    if (bytes > largest.bytes) largest = { path: name, bytes };
  }
  return { ...largest, gzipped: gzipSync(readFileSync(join(folder, largest.path))).length };
}

const cores = availableParallelism();
let pages = 0;
let largest = { path: "", bytes: 0, gzipped: 0 };
/** `npm run build` of the tree, `runs` times, in `processes` processes; the first all-core site is kept, to search. */
const searchedSite = join(work, "site-searched");
function buildOurs(processes: number): Run[] {
  const list: Run[] = [];
  for (let run = 0; run < runs; run += 1) {
    const outputDir = join(work, `site-${processes}-${run}`);
    const report = join(work, `ours-${processes}-${run}.json`);
    list.push(
      measure(
        ["scripts/build.ts"],
        {
          CONTENT_DIR: contentDir,
          OUTPUT_DIR: outputDir,
          SOURCE_DATE_EPOCH: "1795435200",
          BUILD_REPORT: report,
          BUILD_PROCESSES: String(processes),
        },
        report,
      ),
    );
    if (run === 0 && pages === 0) {
      pages = countFiles(outputDir, ".html");
      largest = largestPage(outputDir);
    }
    if (run === 0 && processes === cores) renameSync(outputDir, searchedSite);
    else rmSync(outputDir, { recursive: true, force: true });
  }
  return list;
}
const oneProcess = buildOurs(1);
const ours = cores > 1 ? buildOurs(cores) : oneProcess;

const baselineSource = join(work, "baseline-source");
writeBaselineSource(baselineSource, pages, 500);
const baseline: Run[] = [];
for (let run = 0; run < runs; run += 1) {
  const outputDir = join(work, `baseline-${run}`);
  const report = join(work, `baseline-${run}.json`);
  baseline.push(measure(["scripts/bench-baseline.ts", baselineSource, outputDir, report], {}, report));
  rmSync(outputDir, { recursive: true, force: true });
}
/** A resident's first queries, gzipped, from the council with the largest own index and from the search page (Chromium). */
let firstQueryBytes: { council: QueryDownload[]; searchPage: QueryDownload[]; from: string } | undefined;
if (existsSync("/usr/bin/chromium")) {
  const council = councilToMeasure(searchedSite) ?? "";
  firstQueryBytes = {
    from: council,
    council: await firstQueryDownloads(searchedSite, "/", firstQueries, { council }),
    searchPage: await firstQueryDownloads(searchedSite, "/", firstQueries, { searchPage: true }),
  };
}
rmSync(work, { recursive: true, force: true });

const phaseNames = (lists: Run[][]): string[] => [...new Set(lists.flat().flatMap((run) => Object.keys(run.phases)))];
const medianPhase = (list: Run[], name: string): string =>
  list.some((run) => name in run.phases) ? `${median(list.map((run) => run.phases[name] ?? 0)).toFixed(2)} s` : "";
const total = (list: Run[]): number => median(list.map((run) => run.seconds));
const baselineTotal = total(baseline);
const megabytes = (kilobytes: number): string => `${(kilobytes / 1024).toFixed(0)} MB`;
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

console.log(
  `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(`Content: ${values.councils} councils, ${values.quarters} quarters; ${pages} HTML pages. Median of ${runs} runs.\n`);
console.log(
  `| measure | Plan Pages, 1 process | Plan Pages, ${cores} processes (all cores) | baseline (plain Eleventy + Pagefind, 1 process) |`,
);
console.log("| --- | --- | --- | --- |");
console.log(`| validate the whole tree (in process) | ${median(validation).toFixed(2)} s | | |`);
for (const name of phaseNames([oneProcess, ours, baseline])) {
  console.log(`| ${name} | ${medianPhase(oneProcess, name)} | ${medianPhase(ours, name)} | ${medianPhase(baseline, name)} |`);
}
console.log(
  `| total, wall clock (with start-up) | ${total(oneProcess).toFixed(2)} s | ${total(ours).toFixed(2)} s | ${baselineTotal.toFixed(2)} s |`,
);
console.log(
  `| pages per second | ${(pages / total(oneProcess)).toFixed(0)} | ${(pages / total(ours)).toFixed(0)} | ${(pages / baselineTotal).toFixed(0)} |`,
);
console.log(
  `| peak memory, the largest process | ${megabytes(median(oneProcess.map((run) => run.peakKilobytes)))} | ${megabytes(median(ours.map((run) => run.peakKilobytes)))} | ${megabytes(median(baseline.map((run) => run.peakKilobytes)))} |`,
);
console.log(
  `| peak memory, sum of the processes' peaks | ${megabytes(median(oneProcess.map((run) => sum(run.processPeaksKilobytes))))} | ${megabytes(median(ours.map((run) => sum(run.processPeaksKilobytes))))} | |`,
);
console.log(
  `\nRatio of total time, Plan Pages to baseline: ${(total(ours) / baselineTotal).toFixed(2)} in ${cores} processes (target 1.3), ${(total(oneProcess) / baselineTotal).toFixed(2)} in one.`,
);
const queryBytes = (downloads: QueryDownload[]): string =>
  downloads.map((download) => `"${download.query}" ${download.bytes.toLocaleString("en-GB")}`).join(", ");
console.log(
  firstQueryBytes
    ? `First query, bytes gzipped: from a council's pages (/${firstQueryBytes.from}/, the largest own index) ${queryBytes(firstQueryBytes.council)} (budget ${budgets.firstQueryFromCouncilBytes.toLocaleString("en-GB")}); from the search page ${queryBytes(firstQueryBytes.searchPage)} (budget ${budgets.firstQueryFromSearchPageBytes.toLocaleString("en-GB")}).`
    : "First query: not measured (no Chromium at /usr/bin/chromium).",
);
console.log(
  `Largest page: /${largest.path.replace(/index\.html$/, "")} (${largest.bytes.toLocaleString("en-GB")} bytes, ${largest.gzipped.toLocaleString("en-GB")} gzipped).`,
);
console.log(
  'The councils\' pages are rendered by Eleventy ("render"): in one process with the calendars written on a worker thread meanwhile; in several, each a part of the councils with its calendars and open data, then the site-wide pages once. "other outputs" is the open data, written while Pagefind reads the finished pages and writes its index, and "search index" the wait for Pagefind after that. The baseline\'s "search index" is a whole Pagefind run over its folder. Peak memory: "the largest process" is the highest peak of any one process of the build (GNU time\'s, which counts Pagefind\'s process too); "sum" adds each Node process\'s own peak (the build\'s and its parts\', not Pagefind\'s), an upper bound on what they held at once.',
);
