import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDataFiles, startCalendars, writeDownloads } from "../../lib/build/downloads.ts";
import { milestoneCalendar } from "../../lib/outputs/calendar.ts";
import { openDataCsv } from "../../lib/outputs/csv.ts";
import { openDataJson } from "../../lib/outputs/open-data.ts";
import { settings, wrenmoor } from "../helpers/wrenmoor.ts";

const council = wrenmoor({ more: true });
const site = { councils: [council], asOf: settings.asOf };
const files = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.includes("."))
    .sort();

test("the open data files: all councils' JSON, each council's, then each CSV table for all and for each council", () => {
  const written = [...openDataFiles(site, settings)];
  assert.equal(
    written.map((file) => file.path),
    [
      "data/all.json",
      `data/${council.slug}.json`,
      "data/actions.csv",
      `data/${council.slug}/actions.csv`,
      "data/milestones.csv",
      `data/${council.slug}/milestones.csv`,
      "data/measures.csv",
      `data/${council.slug}/measures.csv`,
      "data/savings.csv",
      `data/${council.slug}/savings.csv`,
    ],
  );
  assert.is(written[1]?.text, openDataJson({ council }, site, settings));
  assert.is(written[5]?.text, openDataCsv({ table: "milestones", council }, site, settings));
});

test("the calendars written on a worker thread are the same files as those written on this one", async () => {
  const fromWorker = mkdtempSync(join(tmpdir(), "plan-pages-downloads-"));
  assert.is(await startCalendars(fromWorker, site, settings).finished, 1);
  const here = mkdtempSync(join(tmpdir(), "plan-pages-downloads-"));
  writeDownloads(here, site, settings);
  const calendar = `${council.slug}/milestones.ics`;
  assert.equal(files(fromWorker), [calendar]);
  assert.is(readFileSync(join(fromWorker, calendar), "utf8"), milestoneCalendar(council, settings));
  assert.is(readFileSync(join(here, calendar), "utf8"), readFileSync(join(fromWorker, calendar), "utf8"));
  assert.equal(files(here), [...[...openDataFiles(site, settings)].map((file) => file.path), calendar].sort());
});

test("a calendar that cannot be written fails when the build waits for it", async () => {
  const folder = join(mkdtempSync(join(tmpdir(), "plan-pages-downloads-")), "file");
  writeFileSync(folder, "a file where the site folder should be");
  try {
    await startCalendars(folder, site, settings).finished;
    assert.unreachable("writing under a file should fail");
  } catch (error) {
    assert.match(String(error), "ENOTDIR");
  }
});

test.run();
