/**
 * What a change does to the public site, in plain English: for `npm run changes` in a terminal, and as Markdown
 * for the pull request's comment and job summary. Dates and money in GOV.UK style, statuses in the council's words.
 */
import type { ContentError } from "../errors.ts";
import { formatContentError } from "../errors.ts";
import { formatMoney } from "../format/money.ts";
import { formatDate, formatDue } from "../format/dates.ts";
import { formatDays } from "../format/numbers.ts";
import { parseDueDate } from "../time/due-date.ts";
import type { AddressChanges } from "./pages.ts";
import type { ChangeReport } from "./compare.ts";
import type { PlanPart, SiteChange } from "./model.ts";

export const noChange = "No change to the public site.";

const partName: Record<PlanPart, string> = {
  milestone: "Milestone",
  action: "Action",
  measure: "Measure",
  theme: "Theme",
  barrier: "Barrier",
};

/** "by 31 March 2025", "in July to September 2025", as the pages say a due date. */
function dueWords(text: string): string {
  const due = parseDueDate(text === "" ? undefined : text);
  return "problem" in due ? `"${text}"` : formatDue(due);
}

function savingWords(pounds: number | undefined): string {
  return pounds === undefined ? "none given" : formatMoney(pounds);
}

/** One change in one sentence. */
export function describeChange(change: SiteChange): string {
  switch (change.kind) {
    case "council added":
      return `Council added: ${change.name}, ${change.address}`;
    case "council removed":
      return `Council removed: ${change.name}, ${change.address}`;
    case "status changed":
      return `${change.milestone} "${change.title}": status ${change.from}, now ${change.to}.`;
    case "due date revised": {
      const moved =
        change.days === undefined || change.days === 0
          ? ""
          : ` (${formatDays(Math.abs(change.days))} ${change.days > 0 ? "later" : "earlier"})`;
      return `${change.milestone} "${change.title}": was due ${dueWords(change.from)}, now due ${dueWords(change.to)}${moved}.`;
    }
    case "added":
    case "removed":
      return `${partName[change.part]} ${change.kind}: ${change.part === "theme" || change.part === "barrier" ? "" : `${change.id} `}"${change.title}".`;
    case "savings changed": {
      const year = change.year ? `in ${change.year}` : "over the whole plan";
      const by =
        change.from !== undefined && change.to !== undefined
          ? ` (${formatMoney(Math.abs(change.to - change.from))} ${change.to > change.from ? "more" : "less"})`
          : "";
      return `Savings ${change.figure} for ${change.action} "${change.title}" ${year}: ${savingWords(change.from)}, now ${savingWords(change.to)}${by}.`;
    }
    case "report added":
      return `New report: ${change.name}, ${change.address}`;
    case "report removed":
      return `Report removed: ${change.name}, ${change.address}`;
    case "report edited":
      return `Report edited: ${change.name}, ${change.address} (${change.what.join(", ")}).`;
    case "approval changed":
      return `How the plan was agreed: "${change.from}", now "${change.to}"`;
    case "revisions changed":
      return [
        ...change.added.map((revision) => `Revision record added: ${revision}`),
        ...change.removed.map((revision) => `Revision record removed: ${revision}`),
      ].join("\n");
    case "text changed":
      return `Text changed on ${change.address}: ${change.what.join(", ")}.`;
    case "details changed":
      return `Details of ${change.of} changed on ${change.address}: ${change.what.join(", ")}.`;
  }
}

/** Changes grouped by council, each group under the council's name, in the order they came. */
function byCouncil(report: Pick<ChangeReport, "changes" | "councilNames">): { name: string; lines: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const change of report.changes) {
    const lines = groups.get(change.council) ?? [];
    lines.push(...describeChange(change).split("\n"));
    groups.set(change.council, lines);
  }
  return [...groups].map(([council, lines]) => ({ name: report.councilNames[council] ?? council, lines }));
}

/** True when nothing a resident could see has changed. */
export function isUnchanged(report: Pick<ChangeReport, "changes" | "site">): boolean {
  const none = (list: AddressChanges | undefined): boolean =>
    list === undefined || list.added.length + list.removed.length + list.changed.length === 0;
  return report.changes.length === 0 && none(report.site?.pages) && none(report.site?.files);
}

function baseWords(report: Pick<ChangeReport, "base">): string {
  const short = report.base.commit.slice(0, 7);
  return report.base.how === "merge base" ? `where this branch left ${report.base.ref} (${short})` : `${report.base.ref} (${short})`;
}

function heldBackLines(report: Pick<ChangeReport, "heldBack">): string[] {
  return report.heldBack.map((held) => `${held.address} is held back: it goes online on ${formatDate(held.published)}.`);
}

const listings: [keyof AddressChanges, string][] = [
  ["added", "added"],
  ["removed", "removed"],
  ["changed", "changed"],
];

/** The report for a terminal: "No change to the public site." and nothing else when nothing changed. */
export function describeReport(report: ChangeReport): string {
  const heldBack = heldBackLines(report);
  if (isUnchanged(report)) return [noChange, ...heldBack].join("\n");
  const lines = [
    `What changes on the public site, comparing the content at ${baseWords(report)} with the working tree, as of ${formatDate(report.asOf)}:`,
  ];
  for (const group of byCouncil(report)) lines.push("", group.name, ...group.lines.map((line) => `  ${line}`));
  if (report.site) {
    for (const [kind, label] of listings) {
      const pages = report.site.pages[kind];
      if (pages.length > 0) lines.push("", `Pages ${label} (${pages.length}):`, ...pages.map((page) => `  ${page}`));
    }
    for (const [kind, label] of listings) {
      const files = report.site.files[kind];
      if (files.length > 0) lines.push("", `Other files ${label} (${files.length}):`, ...files.map((file) => `  ${file}`));
    }
  } else lines.push("", `The pages could not be compared: ${report.siteProblem ?? "the sites did not build"}`);
  if (heldBack.length > 0) lines.push("", ...heldBack);
  return lines.join("\n");
}

export interface MarkdownOptions {
  /** The preview's address, without a trailing slash: each changed page links to it there. */
  previewUrl?: string;
  /** The run's page, where the built site can be downloaded. */
  runUrl?: string;
  /** The site's path prefix, "/" or "/plans/", which the preview's addresses carry. */
  pathPrefix?: string;
}

const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]<>|])/g, "\\$1");

function pageLink(address: string, options: MarkdownOptions): string {
  if (!options.previewUrl) return `\`${address}\``;
  const prefix = (options.pathPrefix ?? "/").replace(/\/$/, "");
  return `[\`${address}\`](${options.previewUrl}${prefix}${address})`;
}

function warningLine(warning: ContentError): string {
  return `- \`${formatContentError(warning).replaceAll("`", "'")}\``;
}

/** The report as Markdown, for the pull request's comment and the job summary. */
export function reportMarkdown(report: ChangeReport, options: MarkdownOptions = {}): string {
  const lines = ["## What this change does to the public site", ""];
  if (isUnchanged(report)) lines.push(noChange);
  else {
    lines.push(`Compared with the content at ${escapeMarkdown(baseWords(report))}, as of ${formatDate(report.asOf)}.`);
    for (const group of byCouncil(report))
      lines.push("", `### ${escapeMarkdown(group.name)}`, "", ...group.lines.map((line) => `- ${escapeMarkdown(line)}`));
    if (report.site) {
      const pages = report.site.pages;
      const count = pages.added.length + pages.removed.length + pages.changed.length;
      if (count > 0) lines.push("", `### Pages (${count})`);
      for (const [kind, label] of listings) {
        if (pages[kind].length === 0) continue;
        // A removed page is not in the preview, so it is named without a link.
        const link = (address: string): string => (kind === "removed" ? `\`${address}\`` : pageLink(address, options));
        lines.push("", `${label[0]?.toUpperCase()}${label.slice(1)}:`, "", ...pages[kind].map((address) => `- ${link(address)}`));
      }
      const files = report.site.files;
      const others = [...files.added, ...files.changed, ...files.removed];
      if (others.length > 0)
        lines.push("", `Other files changed (feeds, calendars, open data): ${others.map((file) => `\`${file}\``).join(", ")}`);
    } else lines.push("", `The pages could not be compared: ${escapeMarkdown(report.siteProblem ?? "the sites did not build")}`);
  }
  const heldBack = heldBackLines(report);
  if (heldBack.length > 0) lines.push("", "### Reports held back", "", ...heldBack.map((line) => `- ${escapeMarkdown(line)}`));
  if (report.warnings.length > 0)
    lines.push(
      "",
      `### Warnings (${report.warnings.length})`,
      "",
      "Not mistakes, but worth a look before merging:",
      "",
      ...report.warnings.map(warningLine),
    );
  if (options.previewUrl) lines.push("", `Preview: ${options.previewUrl}${(options.pathPrefix ?? "/").replace(/\/$/, "")}/`);
  if (options.runUrl) lines.push("", `The built site can be downloaded from [this check's run](${options.runUrl}) (the "site" artifact).`);
  return lines.join("\n");
}

/** The same report as data, for `--json`. */
export function reportJson(report: ChangeReport): unknown {
  return { unchanged: isUnchanged(report), ...report };
}
