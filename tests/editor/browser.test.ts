/**
 * The browser editor in Chromium against its local backend (decap-server), as an officer uses it with `npm run
 * edit`: a copy of the example content in a temporary git repository, the site built from it and served on
 * 127.0.0.1 with its own _headers (so the editor's Content Security Policy is the one a host sends), and the
 * backend behind the same address. Everything is stopped at the end.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import type { Browser, Frame, Page } from "playwright-core";
import { launchBrowser, serveFolder, type ServedFolder } from "../../lib/checks/browser.ts";
import { axeViolations, type AxeViolation } from "../../lib/checks/page-checks.ts";
import { startEditorServer, type RunningEditor } from "../../lib/editor/local-server.ts";
import { nextReportValues } from "../../lib/editor/site-files.ts";
import { headersFor, parseHeadersFile } from "../../lib/outputs/security-headers.ts";
import { loadContent } from "../../lib/load/content.ts";
import { examplesDir, runBuild, testEpoch } from "../helpers/build.ts";

const repository = mkdtempSync(join(tmpdir(), "plan-pages-editor-"));
const contentDir = join(repository, "content");
cpSync(join(examplesDir, "councils"), join(contentDir, "councils"), { recursive: true });
const git = (...args: string[]) =>
  spawnSync("git", ["-C", repository, "-c", "user.name=Test", "-c", "user.email=test@example.invalid", ...args], { encoding: "utf8" });
git("init", "-q");
git("add", ".");
git("commit", "-q", "-m", "The example content");

const reportPath = join(contentDir, "councils/brackenfold/updates/2026-27-q2.md");
const nextPath = join(contentDir, "councils/brackenfold/updates/2026-27-q3.md");
const today = "2026-11-23";
const nextReport = nextReportValues(
  loadContent(contentDir).councils.find((council) => council.slug === "brackenfold")!,
  today,
);

let site: ServedFolder;
let editor: RunningEditor;
let browser: Browser;
let page: Page;
const policyViolations: string[] = [];

function check(dir: string): { status: number; output: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts"], {
    env: { ...process.env, CONTENT_DIR: dir, SOURCE_DATE_EPOCH: testEpoch },
    encoding: "utf8",
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

async function waitFor(condition: () => boolean, what: string, seconds = 30): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The id Decap gives a milestone's sub-form's controls: its own label's, plus one for each field after it. */
async function milestoneControl(id: string, fieldIndex: number): Promise<string> {
  const labelFor = await page
    .locator("label", { hasText: new RegExp(`^${id}: `) })
    .first()
    .getAttribute("for");
  const number = Number(String(labelFor).split("-field-")[1]);
  const names = ["status", "revised_due", "completed", "note"];
  return `#${names[fieldIndex]}-field-${number + 1 + fieldIndex}`;
}

/** The control a field's label names ("Period", "Published (optional)"): Decap numbers controls across the whole session. */
async function control(label: string): Promise<string> {
  const labelFor = await page
    .locator("label", { hasText: new RegExp(`^${label.replace(/[()]/g, "\\$&")}$`) })
    .first()
    .getAttribute("for");
  return `#${String(labelFor)}`;
}

async function publishNow(): Promise<void> {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByText("Publish now").click();
}

let secondsToForm = 0;

test.before(async () => {
  const built = runBuild({ CONTENT_DIR: contentDir, BROWSER_EDITOR: "true" });
  assert.is(built.status, 0, built.stderr);
  const rules = parseHeadersFile(readFileSync(join(built.outputDir, "_headers"), "utf8"));
  site = await serveFolder(built.outputDir, { headers: (path) => headersFor(rules, path), gzip: true });
  editor = await startEditorServer({ repositoryDir: repository, siteUrl: site.url });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(20_000);
  // Leaving a form with unsaved changes asks first; the tests leave the refused one unsaved.
  page.on("dialog", (dialog) => void dialog.accept());
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });
});

test.after(async () => {
  await browser?.close();
  await editor?.close();
  await site?.close();
  rmSync(repository, { recursive: true, force: true });
});

test("the editor opens a council's latest report in a form, under its own Content Security Policy", async () => {
  const downloads: Promise<number>[] = [];
  const count = (response: import("playwright-core").Response) => {
    if (new URL(response.url()).pathname.startsWith("/admin/"))
      downloads.push(
        response
          .request()
          .sizes()
          .then((sizes) => sizes.responseBodySize),
      );
  };
  page.on("response", count);
  const started = performance.now();
  const response = await page.goto(`${editor.url}admin/`);
  assert.match(response?.headers()["content-security-policy"] ?? "", "script-src 'self' 'unsafe-eval'");
  await page.getByRole("button", { name: "Login" }).click();
  await page.goto(`${editor.url}admin/#/collections/updates-brackenfold/entries/2026-27-q2`);
  await page.locator("label", { hasText: /^WC1-M4: / }).waitFor({ timeout: 60_000 });
  secondsToForm = (performance.now() - started) / 1000;
  page.off("response", count);
  const bytes = (await Promise.all(downloads)).reduce((sum, size) => sum + size, 0);
  console.log(
    `  /admin/ to an editable form on the local backend: ${secondsToForm.toFixed(1)} s; the editor's files downloaded: ${bytes} bytes gzipped`,
  );
  // Measured at 3 to 6 s; a hang guard, not a speed test.
  assert.ok(secondsToForm < 60, `${secondsToForm} s`);
  assert.is(await page.inputValue(await control("Period")), "2026/27 Q2");
});

test("changing one milestone's status and note, then saving, changes those two lines on disk, and the file passes the check", async () => {
  const before = readFileSync(reportPath, "utf8");
  await page.locator(await milestoneControl("WC1-M4", 0)).fill("on track");
  await page.keyboard.press("Enter");
  await page.locator(await milestoneControl("WC1-M4", 3)).fill("Crews are trained; the first rounds started in October.");
  await publishNow();
  await waitFor(() => readFileSync(reportPath, "utf8") !== before, "the report to be saved");
  const diff = git("diff", "-U0", "--no-color").stdout;
  const changed = diff.split("\n").filter((line) => /^[-+] /.test(line));
  assert.equal(changed, [
    '-    status: "delayed"',
    '-    note: "The last two vehicles arrived late in September. The first rounds will start once crews are trained."',
    '+    status: "on track"',
    '+    note: "Crews are trained; the first rounds started in October."',
  ]);
  assert.equal(git("status", "--porcelain").stdout.trimEnd().split("\n"), [" M content/councils/brackenfold/updates/2026-27-q2.md"]);
  const checked = check(contentDir);
  assert.is(checked.status, 0, checked.output);
});

test("the next quarter's report starts as npm run new -- update writes it, and saved, passes the check", async () => {
  assert.ok(nextReport);
  await page.goto(`${editor.url}admin/#/collections/updates-brackenfold/new`);
  await page.locator("label", { hasText: /^Period$/ }).waitFor({ timeout: 30_000 });
  assert.is(await page.inputValue(await control("Period")), "2026/27 Q3");
  await publishNow();
  await waitFor(() => existsSync(nextPath), "the new report to be saved");
  const saved = readFileSync(nextPath, "utf8");
  const [, front = "", body = ""] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(saved) ?? [];
  // The scaffolder's "measures:" heading with every line under it commented out is no measures, which the editor leaves out.
  const given = Object.fromEntries(Object.entries(nextReport.data).filter(([, value]) => value !== null));
  assert.equal(load(front), given);
  assert.is(body, nextReport.body);
  const checked = check(contentDir);
  assert.is(checked.status, 0, checked.output);
});

test("a required field left empty and a date in the wrong form are refused, in the check's words, and nothing is saved", async () => {
  await page.goto(`${editor.url}admin/#/collections/updates-brackenfold/entries/2026-27-q3`);
  await page.locator("label", { hasText: /^Period$/ }).waitFor({ timeout: 30_000 });
  const before = readFileSync(nextPath, "utf8");
  await page.locator(await control("Period")).fill("");
  await page.locator(await control("Published (optional)")).fill("12/01/2027");
  await publishNow();
  await page.getByText("is not a date written year-month-day").first().waitFor({ timeout: 10_000 });
  const shown = (await page.locator("body").textContent()) ?? "";
  assert.match(shown, "Period is missing");
  assert.match(shown, 'Published is not a date written year-month-day: write the date as year-month-day, for example "2024-07-19"');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  assert.is(readFileSync(nextPath, "utf8"), before);

  // The check, given the same two mistakes, says the same.
  const copy = mkdtempSync(join(tmpdir(), "plan-pages-editor-check-"));
  cpSync(join(contentDir, "councils"), join(copy, "councils"), { recursive: true });
  const broken = before.replace(/^period: .*\n/m, "").replace(/^published: .*$/m, 'published: "12/01/2027"');
  writeFileSync(join(copy, "councils/brackenfold/updates/2026-27-q3.md"), broken);
  const checked = check(copy);
  rmSync(copy, { recursive: true, force: true });
  assert.is(checked.status, 1);
  assert.match(checked.output, /period: is missing/);
  assert.match(checked.output, /published: "12\/01\/2027" is not a date written year-month-day/);
  assert.match(checked.output, 'write the date as year-month-day, for example "2024-07-19"');
});

/** The preview's frame once it shows the heading; Decap draws the frame afresh as the form settles. */
async function previewShowing(heading: string): Promise<Frame> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    for (const frame of page.frames().filter((candidate) => candidate !== page.mainFrame())) {
      const shown = await frame
        .locator("h1.govuk-heading-xl")
        .textContent({ timeout: 500 })
        .catch(() => undefined);
      if (shown === heading) return frame;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`the preview never showed "${heading}"`);
}

/** axe's violations inside a frame (the preview), with axe loaded there. */
async function frameViolations(frame: Frame): Promise<AxeViolation[]> {
  const axeSource = readFileSync("node_modules/axe-core/axe.min.js", "utf8");
  await frame.evaluate(axeSource);
  const results = await frame.evaluate<{ violations: AxeViolation[] }>(
    `axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] })`,
  );
  return results.violations;
}

test("axe finds nothing in the page we serve or the preview we draw; what it finds in Decap CMS's own screens is listed", async () => {
  // The page as we write it, before Decap draws anything (its script held back): its language and title.
  const shell = await browser.newPage();
  await shell.route("**/admin/editor.js", (route) => route.abort());
  await shell.goto(`${editor.url}admin/`);
  assert.equal(
    (await axeViolations(shell)).map((violation) => violation.id),
    [],
  );
  await shell.close();

  await page.goto(`${editor.url}admin/#/collections/updates-brackenfold/entries/2026-27-q2`);
  await page.reload();
  await page.locator("label", { hasText: /^WC1-M4: / }).waitFor({ timeout: 30_000 });
  const preview = await previewShowing("Progress report: 2026/27 Q2");
  assert.ok(
    (await preview.locator("link[rel=stylesheet]").evaluateAll((links) => links.map((link) => link.getAttribute("href")))).some((href) =>
      String(href).endsWith("/assets/main.css"),
    ),
    "the site's own styles",
  );
  const previewed = await frameViolations(preview);
  assert.equal(
    previewed.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(" | ")}`),
    [],
  );

  const decapOwn = new Map<string, number>();
  for (const address of ["admin/#/collections/updates-brackenfold", "admin/#/collections/updates-brackenfold/entries/2026-27-q2"]) {
    await page.goto(`${editor.url}${address}`);
    await page.waitForTimeout(1500);
    for (const violation of await axeViolations(page))
      decapOwn.set(violation.id, (decapOwn.get(violation.id) ?? 0) + violation.nodes.length);
  }
  console.log(`  axe in Decap CMS's own screens: ${[...decapOwn].map(([id, nodes]) => `${id} (${nodes})`).join(", ") || "none"}`);
});

test("no request broke the editor's Content Security Policy", () => {
  assert.equal(policyViolations, []);
});

test.run();
