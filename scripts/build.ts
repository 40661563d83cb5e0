/**
 * npm run build: validate the content, build the site into a fresh folder, then swap it in for _site/.
 * A content mistake, or a failure in any step, exits non-zero and leaves the previous _site/ untouched.
 * `npm run build -- --as-of 2027-02-10` builds the site as it will be on that day.
 *
 * The councils' pages are rendered in as many processes as the machine has cores (BUILD_PROCESSES), each a part of
 * the councils (scripts/render-part.ts); then the site-wide pages, once, and the search index over the whole.
 * Across machines: `--shard K/N` builds part K of N into OUTPUT_DIR, and `--merge DIR...` joins the parts and
 * writes the site-wide pages and the search index; the result is the same, byte for byte. docs/architecture.md.
 */
import { fork } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pluralise } from "../lib/format/numbers.ts";
import { loadContent } from "../lib/load/content.ts";
import { hasErrors } from "../lib/errors.ts";
import { printContentErrors } from "../lib/report.ts";
import { deriveSite, type SiteView } from "../lib/derive/site.ts";
import { discardBuildFolder, freshBuildFolder, swapIntoPlace } from "../lib/build/output-folder.ts";
import { startSearchIndex, type SearchIndexRun } from "../lib/build/search-index.ts";
import { startCalendars, writeOpenData } from "../lib/build/downloads.ts";
import { councilSizes, partOfSite, SiteBuild, type CollectionPage } from "../lib/build/site-build.ts";
import { parseShard, partitionCouncils, type Shard } from "../lib/build/partition.ts";
import { argumentSettings, readSettings } from "../lib/settings.ts";
import { formatDate } from "../lib/format/dates.ts";
import type { PartReply, PartRequest } from "./render-part.ts";

/** --shard K/N and --merge DIR... are this command's own; the rest are the site's settings (--as-of). */
function buildArguments(args: readonly string[]): { shard?: Shard; merge?: string[]; rest: string[] } | { problem: string } {
  const rest: string[] = [];
  let shard: Shard | undefined;
  let merge: string[] | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? "";
    if (arg === "--shard" || arg.startsWith("--shard=")) {
      const parsed = parseShard(arg.startsWith("--shard=") ? arg.slice("--shard=".length) : (args[(index += 1)] ?? ""));
      if ("problem" in parsed) return parsed;
      shard = parsed;
    } else if (arg === "--merge") {
      merge = [];
      while (index + 1 < args.length && !(args[index + 1] ?? "").startsWith("--")) merge.push(args[(index += 1)] ?? "");
      if (merge.length === 0) return { problem: "--merge needs the folders of the parts, such as --merge part-1 part-2" };
    } else rest.push(arg);
  }
  if (shard && merge) return { problem: "--shard builds one part and --merge joins them: give one or the other" };
  return { ...(shard && { shard }), ...(merge && { merge }), rest };
}

// The command's own settings (--as-of) go into the environment before the site's settings are first read, here and
// by the parts' processes; a bad one is a message, not a stack trace.
const command = buildArguments(process.argv.slice(2));
const fromArguments = "problem" in command ? command : argumentSettings(command.rest);
if ("problem" in fromArguments) {
  console.error(fromArguments.problem);
  process.exit(2);
}
Object.assign(process.env, fromArguments.env);
try {
  readSettings(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
const settings = readSettings(process.env);
const { shard, merge } = command as { shard?: Shard; merge?: string[] };

const phases: Record<string, number> = {};
async function phase<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  phases[name] = (performance.now() - started) / 1000;
  return result;
}

// The loaded files keep every value's position, for messages; once the model is derived they are let go (135 MB at 317 councils).
async function validatedSite(): Promise<SiteView> {
  const content = await phase("load and validate", () => loadContent(settings.contentDir));
  printContentErrors(content.errors, process.env);
  if (hasErrors(content.errors)) {
    console.error(`Nothing was built; ${settings.outputDir} is unchanged.`);
    process.exit(1);
  }
  return phase("derive", () => deriveSite(content, settings.asOf, { preview: settings.preview }));
}

const site = await validatedSite();
printNotYetPublished(site);

/** One line for each report whose published date is after "as of": held back, or in a preview shown marked. */
function printNotYetPublished(view: SiteView): void {
  const reports = view.councils.flatMap((council) => council.notYetPublished).sort((a, b) => a.published.localeCompare(b.published));
  for (const report of reports) {
    const day = formatDate(report.published);
    console.log(
      view.preview
        ? `Shown in this preview, marked "Not yet published: goes online on ${day}": ${report.file}`
        : `Held back until ${day}: ${report.file}`,
    );
  }
}

/** What a shard leaves beside its pages for the merge: which part it is, and the pages in its collection. */
const partManifest = ".plan-pages-part.json";
interface PartManifest {
  shard: Shard;
  councils: string[];
  rendered: CollectionPage[];
}

const processes = Math.max(1, Math.min(Number(process.env.BUILD_PROCESSES ?? availableParallelism()) || 1, site.councils.length));
const partProcesses: ReturnType<typeof fork>[] = [];
/** The peak memory of each process of the build other than this one (the parts'), for `npm run bench`. */
const partPeaks: number[] = [];

/** Renders the councils of each part in a process of its own, into `folder`; returns the pages they rendered. */
async function renderInParts(folder: string, parts: string[][]): Promise<CollectionPage[]> {
  const script = fileURLToPath(new URL("./render-part.ts", import.meta.url));
  const replies = parts.map((councils) => {
    const child = fork(script, [], { execArgv: ["--import", "tsx"], env: process.env });
    partProcesses.push(child);
    const request: PartRequest = {
      folder,
      councils,
      whole: { counts: site.counts, savings: site.savings, councilCount: site.councilCount },
    };
    child.send(request);
    return new Promise<CollectionPage[]>((resolve, reject) => {
      child.once("message", (reply: PartReply) => {
        if ("failed" in reply) reject(new Error(reply.failed));
        else {
          partPeaks.push(reply.maxRssKilobytes);
          resolve(reply.rendered);
        }
      });
      child.once("exit", (code) => reject(new Error(`a part of the build stopped (exit code ${code}) without finishing`)));
    });
  });
  return (await Promise.all(replies)).flat();
}

/** Stops a part's process, and waits until it has. */
function stopPart(child: ReturnType<typeof fork>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill();
  return exited;
}

/** Joins the shards' folders into `folder`, checking that they are every part of one partition of this site's councils. */
function joinShards(folder: string, shardFolders: readonly string[]): CollectionPage[] {
  const manifests = shardFolders.map((shardFolder) => {
    const path = join(shardFolder, partManifest);
    if (!existsSync(path)) throw new Error(`${shardFolder} is not a part built by --shard: it has no ${partManifest}`);
    return JSON.parse(readFileSync(path, "utf8")) as PartManifest;
  });
  const count = manifests[0]?.shard.count ?? 0;
  const expected = partitionCouncils(councilSizes(site), count);
  const given = manifests.map((manifest) => manifest.shard.index).sort((a, b) => a - b);
  if (manifests.some((manifest) => manifest.shard.count !== count) || given.join() !== expected.map((_, index) => index + 1).join()) {
    throw new Error(`--merge needs every part of one --shard K/${count} build, once each; it was given parts ${given.join(", ")}`);
  }
  for (const manifest of manifests) {
    if (manifest.councils.join() !== expected[manifest.shard.index - 1]?.join()) {
      throw new Error(
        `part ${manifest.shard.index}/${count} was built from other content than this: build every part from the same content`,
      );
    }
  }
  for (const shardFolder of shardFolders) {
    cpSync(shardFolder, folder, { recursive: true, filter: (source) => !source.endsWith(partManifest) });
  }
  return manifests.flatMap((manifest) => manifest.rendered);
}

const buildFolder = freshBuildFolder(settings.outputDir);
let searchIndex: SearchIndexRun | undefined;
let calendars: ReturnType<typeof startCalendars> | undefined;
try {
  // Loaded only once the content is valid, so that a content mistake is reported in well under two seconds.
  const { renderPages } = await import("../.eleventy.ts");
  if (shard) {
    const councils = partitionCouncils(councilSizes(site), shard.count)[shard.index - 1] ?? [];
    const part = partOfSite(site, new Set(councils));
    const { renderPart } = await import("./render-part.ts");
    const rendered = await phase("render the councils' pages", () => renderPart(part, settings, buildFolder));
    const manifest: PartManifest = { shard, councils, rendered };
    writeFileSync(join(buildFolder, partManifest), JSON.stringify(manifest));
  } else {
    if (merge) {
      const elsewhere = await phase("join the parts", () => joinShards(buildFolder, merge));
      // Only councils' pages are searched, and they are all written: Pagefind reads them while the rest render.
      searchIndex = startSearchIndex(buildFolder);
      await phase("render the site-wide pages", () =>
        renderPages(new SiteBuild({ settings, site, renders: "site-wide pages", pagesRenderedElsewhere: elsewhere }), buildFolder),
      );
    } else if (processes > 1) {
      const elsewhere = await phase(`render the councils' pages in ${processes} processes`, async () => {
        const parts = renderInParts(buildFolder, partitionCouncils(councilSizes(site), processes));
        parts.catch(() => {});
        // The files of every council are written while the parts render theirs.
        writeOpenData(buildFolder, site, settings, "site-wide files");
        return parts;
      });
      // Only councils' pages are searched, and they are all written: Pagefind reads them while the rest render.
      searchIndex = startSearchIndex(buildFolder);
      await phase("render the site-wide pages", () =>
        renderPages(new SiteBuild({ settings, site, renders: "site-wide pages", pagesRenderedElsewhere: elsewhere }), buildFolder),
      );
    } else {
      // The calendars are written on a worker thread meanwhile (lib/build/downloads.ts).
      calendars = startCalendars(buildFolder, site, settings);
      await phase("render", () => renderPages(new SiteBuild({ settings, site }), buildFolder));
    }
    // Pagefind reads the finished pages, in its own processes, while this one writes the open data.
    searchIndex ??= startSearchIndex(buildFolder);
    const searchIndexWritten = searchIndex.finish();
    searchIndexWritten.catch(() => {});
    await phase("other outputs", async () => {
      if (processes === 1 && !merge) writeOpenData(buildFolder, site, settings);
      else if (merge) writeOpenData(buildFolder, site, settings, "site-wide files");
      await calendars?.finished;
    });
    await phase("search index", () => searchIndexWritten);
  }
  swapIntoPlace(buildFolder, settings.outputDir);
} catch (error) {
  // Nothing may still be writing into the folder as it is removed.
  await Promise.allSettled([...partProcesses.map(stopPart), searchIndex?.cancel(), calendars?.cancel()]);
  discardBuildFolder(buildFolder);
  console.error(error instanceof Error ? error.message : error);
  console.error(`The build failed; ${settings.outputDir} is unchanged.`);
  process.exit(1);
}

const timings = Object.entries(phases)
  .map(([name, seconds]) => `${name} ${seconds.toFixed(2)} s`)
  .join(", ");
const what = shard ? `part ${shard.index} of ${shard.count} of ` : "";
const how = merge ? `, joining ${pluralise(merge.length, "part")}` : !shard && processes > 1 ? `, in ${processes} processes` : "";
console.log(
  `Built ${site.preview ? "a preview of " : ""}${what}${pluralise(site.councils.length, "council")} as of ${site.asOf} into ${settings.outputDir}${how} (${timings}).`,
);
// For `npm run bench`: the phase timings, this process's peak memory and each part's, as JSON.
if (process.env.BUILD_REPORT) {
  writeFileSync(
    process.env.BUILD_REPORT,
    JSON.stringify({ phases, maxRssKilobytes: process.resourceUsage().maxRSS, partsMaxRssKilobytes: partPeaks, processes }),
  );
}
