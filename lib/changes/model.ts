/**
 * What a change to the content changes on the public site, read from the derived model of each tree (both judged
 * as of the same date), not from the YAML: so a moved comment or a reordered key changes nothing, and a new report
 * shows as the statuses and dates it moves. Each change is a plain record; lib/changes/describe.ts words them.
 */
import type { ActionView, CouncilView, MeasureView, MilestoneView, ThemeView, UpdateView } from "../derive/council.ts";
import type { SiteView } from "../derive/site.ts";
import type { SavingsLine } from "../derive/savings.ts";
import { daysBetween } from "../time/calendar.ts";
import { actionUrl, barriersUrl, councilUrl, themeUrl, updateUrl, aboutUrl } from "../site/urls.ts";

/** The parts of a plan that can be added or removed one by one. */
export type PlanPart = "milestone" | "action" | "measure" | "theme" | "barrier";

interface InCouncil {
  /** The council's folder name, "wrenmoor". */
  council: string;
}

export type SiteChange =
  | (InCouncil & { kind: "council added" | "council removed"; name: string; address: string })
  | (InCouncil & { kind: "status changed"; milestone: string; title: string; from: string; to: string })
  | (InCouncil & { kind: "due date revised"; milestone: string; title: string; from: string; to: string; days?: number })
  | (InCouncil & { kind: "added" | "removed"; part: PlanPart; id: string; title: string })
  | (InCouncil & {
      kind: "savings changed";
      action: string;
      title: string;
      /** The financial year, "2024/25"; absent for a saving over the whole plan. */
      year?: string;
      figure: "planned" | "delivered";
      from?: number;
      to?: number;
    })
  | (InCouncil & { kind: "report added" | "report removed"; report: string; name: string; address: string })
  | (InCouncil & { kind: "report edited"; report: string; name: string; address: string; what: string[] })
  | (InCouncil & { kind: "approval changed"; from: string; to: string })
  | (InCouncil & { kind: "revisions changed"; added: string[]; removed: string[] })
  | (InCouncil & { kind: "text changed"; address: string; what: string[] })
  | (InCouncil & { kind: "details changed"; address: string; of: string; what: string[] });

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Items by id, in the order of the tree that has them. */
function byId<T>(items: readonly T[], id: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [id(item), item]));
}

/** Which of the named fields differ, by their names for people. */
function differingFields<T>(before: T, after: T, fields: Partial<Record<keyof T, string>>): string[] {
  return (Object.entries(fields) as [keyof T, string][]).filter(([key]) => !same(before[key], after[key])).map(([, name]) => name);
}

/** Every change between two derived sites, council by council in the order of the site after the change. */
export function modelChanges(before: SiteView, after: SiteView): SiteChange[] {
  const beforeCouncils = byId(before.councils, (council) => council.slug);
  const afterCouncils = byId(after.councils, (council) => council.slug);
  const changes: SiteChange[] = [];
  for (const council of after.councils) {
    const old = beforeCouncils.get(council.slug);
    if (old) changes.push(...councilChanges(old, council));
    else changes.push({ kind: "council added", council: council.slug, name: council.council.name, address: councilUrl(council.slug) });
  }
  for (const council of before.councils) {
    if (!afterCouncils.has(council.slug))
      changes.push({ kind: "council removed", council: council.slug, name: council.council.name, address: councilUrl(council.slug) });
  }
  return changes;
}

export function councilChanges(before: CouncilView, after: CouncilView): SiteChange[] {
  const council = after.slug;
  const changes: SiteChange[] = [];

  const councilDetails = differingFields(before, after, { council: "council details", shortName: "short name", ratings: "rating words" });
  const planDetails = differingFields(before.plan, after.plan, {
    title: "title",
    published: "publication date",
    period: "years covered",
    document: "link to the plan",
    builds_on: "plan it builds on",
    submitted: "date sent to Government",
    delegated_authority: "delegated authority",
  });
  const details = [...councilDetails, ...planDetails];
  if (details.length > 0) changes.push({ kind: "details changed", council, address: councilUrl(council), of: "the plan", what: details });

  if (before.approval.sentence !== after.approval.sentence)
    changes.push({ kind: "approval changed", council, from: before.approval.sentence, to: after.approval.sentence });
  const revisionText = (revision: { date: string; summary: string; approved_by?: string }): string =>
    `${revision.date}: ${revision.summary}${revision.approved_by ? ` (agreed by ${revision.approved_by})` : ""}`;
  const oldRevisions = (before.plan.revisions ?? []).map(revisionText);
  const newRevisions = (after.plan.revisions ?? []).map(revisionText);
  const addedRevisions = newRevisions.filter((revision) => !oldRevisions.includes(revision));
  const removedRevisions = oldRevisions.filter((revision) => !newRevisions.includes(revision));
  if (addedRevisions.length > 0 || removedRevisions.length > 0)
    changes.push({ kind: "revisions changed", council, added: addedRevisions, removed: removedRevisions });

  changes.push(...partChanges(council, "theme", before.themes, after.themes, (theme) => theme.id, themeDetails));
  changes.push(...partChanges(council, "barrier", before.barriers ?? [], after.barriers ?? [], (barrier) => barrier.id, barrierDetails));
  changes.push(...partChanges(council, "action", before.actions, after.actions, (action) => action.id, actionDetails));

  // Milestones and measures of an action that stayed; those of an added or removed action go with it.
  const kept = new Set(before.actions.map((action) => action.id).filter((id) => after.actions.some((action) => action.id === id)));
  const keptMilestones = (view: CouncilView): MilestoneView[] => view.milestones.filter((milestone) => kept.has(milestone.actionId));
  const keptMeasures = (view: CouncilView): MeasureView[] => view.measures.filter((measure) => kept.has(measure.actionId));
  changes.push(
    ...partChanges(council, "milestone", keptMilestones(before), keptMilestones(after), (milestone) => milestone.id, milestoneDetails),
  );
  changes.push(...partChanges(council, "measure", keptMeasures(before), keptMeasures(after), (measure) => measure.id, measureDetails));
  const oldMilestones = byId(before.milestones, (milestone) => milestone.id);
  for (const milestone of keptMilestones(after)) {
    const old = oldMilestones.get(milestone.id);
    if (old) changes.push(...milestoneChanges(council, old, milestone));
  }

  const oldActions = byId(before.actions, (action) => action.id);
  for (const action of after.actions) {
    const old = oldActions.get(action.id);
    if (old) changes.push(...savingsChanges(council, old, action));
  }

  changes.push(...reportChanges(council, before, after));
  changes.push(...textChanges(council, before, after));
  return changes;
}

type Details<T> = (council: string, before: T, after: T) => SiteChange[];

/** Parts added and removed, then each kept part's own details. */
function partChanges<T extends { title: string }>(
  council: string,
  part: PlanPart,
  before: readonly T[],
  after: readonly T[],
  id: (item: T) => string,
  details: Details<T>,
): SiteChange[] {
  const old = byId(before, id);
  const now = byId(after, id);
  const changes: SiteChange[] = [];
  for (const item of after) if (!old.has(id(item))) changes.push({ kind: "added", council, part, id: id(item), title: item.title });
  for (const item of before) if (!now.has(id(item))) changes.push({ kind: "removed", council, part, id: id(item), title: item.title });
  for (const item of after) {
    const was = old.get(id(item));
    if (was) changes.push(...details(council, was, item));
  }
  return changes;
}

function detailsChange(council: string, address: string, of: string, what: string[]): SiteChange[] {
  return what.length > 0 ? [{ kind: "details changed", council, address, of, what }] : [];
}

const themeDetails: Details<ThemeView> = (council, before, after) =>
  detailsChange(council, themeUrl(council, after.slug), `theme "${after.title}"`, differingFields(before, after, { title: "title" }));

const barrierDetails: Details<{ id: string; title: string; theme?: string }> = (council, before, after) =>
  detailsChange(
    council,
    barriersUrl(council),
    `barrier "${after.title}"`,
    differingFields(before, after, { title: "title", theme: "theme" }),
  );

const actionDetails: Details<ActionView> = (council, before, after) =>
  detailsChange(
    council,
    actionUrl(council, after.id),
    `${after.id} "${after.title}"`,
    differingFields(before, after, { title: "title", themeId: "theme", owner: "owner", leadMember: "lead member" }),
  );

const milestoneDetails: Details<MilestoneView> = (council, before, after) =>
  detailsChange(
    council,
    actionUrl(council, after.actionId),
    `${after.id} "${after.title}"`,
    differingFields(before, after, { title: "title" }),
  );

const measureDetails: Details<MeasureView> = (council, before, after) =>
  detailsChange(
    council,
    actionUrl(council, after.actionId),
    `${after.id} "${after.title}"`,
    differingFields(before, after, { title: "title", unit: "unit", direction: "direction", baseline: "baseline", target: "target" }),
  );

/** A status is said in the council's own rating word where it gave one. */
const statusWord = (milestone: MilestoneView): string => milestone.state.rating ?? milestone.state.status;

function milestoneChanges(council: string, before: MilestoneView, after: MilestoneView): SiteChange[] {
  const changes: SiteChange[] = [];
  const about = { council, milestone: after.id, title: after.title };
  if (statusWord(before) !== statusWord(after))
    changes.push({ kind: "status changed", ...about, from: statusWord(before), to: statusWord(after) });
  const [was, now] = [before.state.due, after.state.due];
  if (was.text !== now.text) {
    const days = was.end !== undefined && now.end !== undefined ? daysBetween(was.end, now.end) : undefined;
    changes.push({ kind: "due date revised", ...about, from: was.text, to: now.text, ...(days !== undefined && { days }) });
  }
  return changes;
}

function savingsChanges(council: string, before: ActionView, after: ActionView): SiteChange[] {
  const key = (line: SavingsLine): string => line.year ?? "";
  const old = byId(before.savings.lines, key);
  const now = byId(after.savings.lines, key);
  const years = [...new Set([...after.savings.lines.map(key), ...before.savings.lines.map(key)])];
  const changes: SiteChange[] = [];
  for (const year of years) {
    for (const figure of ["planned", "delivered"] as const) {
      const from = old.get(year)?.[figure];
      const to = now.get(year)?.[figure];
      if (from === to) continue;
      changes.push({
        kind: "savings changed",
        council,
        action: after.id,
        title: after.title,
        ...(year !== "" && { year }),
        figure,
        ...(from !== undefined && { from }),
        ...(to !== undefined && { to }),
      });
    }
  }
  return changes;
}

/** What a report says, part by part, as its page shows it. */
function reportParts(update: UpdateView, milestones: readonly MilestoneView[]): Record<string, unknown> {
  return {
    title: update.name,
    period: update.periodText,
    author: update.author,
    "publication date": update.published,
    meeting: update.consideredBy,
    "rating counts": update.ratingCounts,
    "measure figures": update.measureValues.map((reading) => [reading.measure.id, reading.value, reading.note]),
    "action ratings": update.actionTable.map((row) => [row.action.id, row.status, row.note]),
    "milestone ratings": milestones.flatMap((milestone) =>
      milestone.state.history
        .filter((entry) => entry.report === update.slug)
        .map((entry) => [
          milestone.id,
          entry.rated && (entry.rating ?? entry.status),
          entry.revised && entry.due.text,
          entry.completed,
          entry.note,
        ]),
    ),
  };
}

function reportChanges(council: string, before: CouncilView, after: CouncilView): SiteChange[] {
  const old = byId(before.updates, (update) => update.slug);
  const now = byId(after.updates, (update) => update.slug);
  const changes: SiteChange[] = [];
  for (const update of after.updates) {
    const about = { council, report: update.slug, name: reportName(update), address: updateUrl(council, update.slug) };
    const was = old.get(update.slug);
    if (!was) {
      changes.push({ kind: "report added", ...about });
      continue;
    }
    const what = differingFields(reportParts(was, before.milestones), reportParts(update, after.milestones), {
      title: "title",
      period: "period",
      author: "author",
      "publication date": "publication date",
      meeting: "meeting",
      "rating counts": "rating counts",
      "measure figures": "measure figures",
      "action ratings": "action ratings",
      "milestone ratings": "milestone ratings",
    });
    if (what.length > 0) changes.push({ kind: "report edited", ...about, what });
  }
  for (const update of before.updates) {
    if (!now.has(update.slug))
      changes.push({
        kind: "report removed",
        council,
        report: update.slug,
        name: reportName(update),
        address: updateUrl(council, update.slug),
      });
  }
  return changes;
}

const reportName = (update: UpdateView): string => (update.name === update.months ? update.name : `${update.name} (${update.months})`);

/** The council's prose, by the page that shows it and what it is. */
function councilTexts(view: CouncilView): Map<string, Map<string, string>> {
  const pages = new Map<string, Map<string, string>>();
  const add = (address: string, what: string, text: string | undefined): void => {
    if (text === undefined) return;
    const page = pages.get(address) ?? new Map<string, string>();
    page.set(what, text);
    pages.set(address, page);
  };
  add(councilUrl(view.slug), "the plan's summary", view.plan.summary);
  add(councilUrl(view.slug), "the plan's introduction", view.plan.introduction);
  for (const revision of view.plan.revisions ?? []) add(aboutUrl(view.slug), `the revision of ${revision.date}`, revision.summary);
  for (const theme of view.themes) {
    add(themeUrl(view.slug, theme.slug), "the theme's summary", theme.summary);
    add(themeUrl(view.slug, theme.slug), "what has been done", theme.done);
    add(themeUrl(view.slug, theme.slug), "what comes next", theme.next);
  }
  for (const barrier of view.barriers ?? []) {
    add(barriersUrl(view.slug), `barrier "${barrier.title}"`, barrier.description);
    add(barriersUrl(view.slug), `the ask on barrier "${barrier.title}"`, barrier.ask);
  }
  for (const action of view.actions) add(actionUrl(view.slug, action.slug), "the action's summary", action.summary);
  for (const update of view.updates) add(updateUrl(view.slug, update.slug), "the report's text", update.narrative.trim());
  return pages;
}

function textChanges(council: string, before: CouncilView, after: CouncilView): SiteChange[] {
  const old = councilTexts(before);
  const changes: SiteChange[] = [];
  for (const [address, texts] of councilTexts(after)) {
    const was = old.get(address);
    // A page that is new altogether is named as added, not as changed text.
    if (!was) continue;
    const labels = [...new Set([...texts.keys(), ...was.keys()])];
    const what = labels.filter((label) => was.get(label) !== texts.get(label));
    if (what.length > 0) changes.push({ kind: "text changed", council, address, what });
  }
  return changes;
}
