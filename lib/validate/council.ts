/**
 * Checks that go beyond one file's shape: dates that exist, ids that are unique, references that resolve,
 * and updates that agree with the plan and with their own file names.
 */
import { basename } from "node:path";
import { contentError, type ContentError } from "../errors.ts";
import type { Located, LoadedCouncil } from "../load/content.ts";
import { escapePointerSegment } from "../load/yaml.ts";
import { isRealDate } from "../time/calendar.ts";
import { parseDueDate } from "../time/due-date.ts";
import {
  compareQuarters,
  financialQuarterOfDate,
  financialQuarterSlug,
  parseFinancialQuarter,
  parseFinancialYear,
  quarterEnd,
  quarterStart,
} from "../time/financial-quarter.ts";
import { fieldName } from "./shape.ts";
import { contrastRatio, darkenForWhiteText, formatContrast, minimumTextContrast } from "./contrast.ts";

/**
 * `references: false` leaves out checks that an update names a milestone, measure or action that exists: the
 * loader passes it while an action file has failed, since its ids would otherwise be reported as unknown.
 */
export function checkCouncil(council: LoadedCouncil, { references = true }: { references?: boolean } = {}): ContentError[] {
  const errors: ContentError[] = [];
  const at = (located: Located<unknown>, pointer: string, message: string, hint?: string): void => {
    errors.push(contentError({ file: located.file, ...located.sourceMap.valueAt(pointer), field: fieldName(pointer), message, hint }));
  };
  const checkDate = (located: Located<unknown>, pointer: string, value: string | undefined): void => {
    if (value !== undefined && !isRealDate(value))
      at(located, pointer, `"${value}" is not a real date`, "check the day exists in that month");
  };
  const checkYear = (located: Located<unknown>, pointer: string, value: string | undefined): void => {
    if (value !== undefined && !parseFinancialYear(value)) {
      at(located, pointer, `"${value}" is not a financial year`, 'write the two years it spans, for example "2024/25"');
    }
  };
  const checkDue = (located: Located<unknown>, pointer: string, value: string | undefined): void => {
    if (value === undefined) return;
    const due = parseDueDate(value);
    if (!("problem" in due)) return;
    // Quote the value as the other date checks do, and keep parseDueDate's own hint ("February 2024 has 29 days").
    const problem = due.problem.startsWith(`${value} `) ? `"${value}"${due.problem.slice(value.length)}` : due.problem;
    at(
      located,
      pointer,
      problem,
      due.hint ?? 'write a day "2025-03-31", a month "2025-03", a quarter "2024/25 Q4", a year "2024/25" or "ongoing"',
    );
  };

  // The header puts white text on the council's colour: WCAG 1.4.3 needs 4.5:1. Refused rather than darkened, so
  // that the colour on the site is the one in council.yaml; the hint offers the nearest shade that passes.
  const colour = council.council.data.brand.colour;
  if (/^#[0-9a-fA-F]{6}$/.test(colour) && contrastRatio(colour, "#ffffff") < minimumTextContrast) {
    at(
      council.council,
      "/brand/colour",
      `"${colour}" is too light for the header's white text on it: the contrast is ${formatContrast(contrastRatio(colour, "#ffffff"))}, and at least 4.5:1 is needed`,
      `use a darker shade, for example "${darkenForWhiteText(colour)}"`,
    );
  }

  const { plan } = council;
  checkDate(council.council, "/accessibility/tested", council.council.data.accessibility?.tested);
  checkDate(plan, "/approval/date", plan.data.approval.date);
  checkDate(plan, "/approval/call_in_deadline", plan.data.approval.call_in_deadline);
  checkDate(plan, "/submitted", plan.data.submitted);
  plan.data.revisions?.forEach((revision, index) => checkDate(plan, `/revisions/${index}/date`, revision.date));
  checkYear(plan, "/period/from", plan.data.period.from);
  checkYear(plan, "/period/to", plan.data.period.to);
  const from = parseFinancialYear(plan.data.period.from);
  const to = parseFinancialYear(plan.data.period.to);
  if (from && to && to.startYear < from.startYear) at(plan, "/period/to", `"${plan.data.period.to}" is before the start of the plan`);

  // Ids: themes and barriers within the plan; actions, milestones and measures across the whole council,
  // because updates name milestones and measures by id alone.
  const themeIds = uniqueIds(plan, "/themes", plan.data.themes ?? [], errors);
  if (!plan.data.themes) for (const theme of council.themes) themeIds.add(theme.id.toLowerCase());
  uniqueIds(plan, "/barriers", plan.data.barriers ?? [], errors);
  plan.data.barriers?.forEach((barrier, index) => {
    if (barrier.theme !== undefined && !themeIds.has(barrier.theme.toLowerCase())) {
      at(plan, `/barriers/${index}/theme`, `"${barrier.theme}" is not a theme in this plan`, `themes: ${[...themeIds].join(", ")}`);
    }
  });

  const seen = new Map<string, { file: string; line: number }>();
  const claim = (located: Located<unknown>, pointer: string, id: string, what: string): void => {
    const key = id.toLowerCase();
    const earlier = seen.get(key);
    const position = located.sourceMap.valueAt(pointer);
    if (earlier) {
      at(
        located,
        pointer,
        `the ${what} id "${id}" is already used at ${earlier.file}:${earlier.line}`,
        "every action, milestone and measure needs its own id",
      );
    } else seen.set(key, { file: located.file, line: position.line });
  };
  const milestones = new Map<string, { due: string }>();
  const measures = new Set<string>();
  const actions = new Set<string>();
  for (const action of council.actions) {
    claim(action, "/id", action.data.id, "action");
    actions.add(action.data.id);
    const fileId = basename(action.file, ".yaml");
    if (fileId !== action.data.id) {
      at(
        action,
        "/id",
        `"${action.data.id}" does not match the file name "${basename(action.file)}"`,
        `name the file ${action.data.id}.yaml`,
      );
    }
    if (!themeIds.has(action.data.theme.toLowerCase())) {
      at(action, "/theme", `"${action.data.theme}" is not a theme in this plan`, `themes: ${[...themeIds].join(", ")}`);
    }
    action.data.milestones.forEach((milestone, index) => {
      claim(action, `/milestones/${index}/id`, milestone.id, "milestone");
      checkDue(action, `/milestones/${index}/due`, milestone.due);
      milestones.set(milestone.id, { due: milestone.due });
    });
    action.data.measures?.forEach((measure, index) => {
      claim(action, `/measures/${index}/id`, measure.id, "measure");
      checkDate(action, `/measures/${index}/baseline/date`, measure.baseline.date);
      checkDate(action, `/measures/${index}/target/date`, measure.target.date);
      measures.add(measure.id);
    });
    action.data.savings?.forEach((saving, index) => checkYear(action, `/savings/${index}/year`, saving.year));
  }

  const approved = plan.data.approval.date;
  const approvalQuarter = approved && isRealDate(approved) ? financialQuarterOfDate(approved) : undefined;
  const quartersSeen = new Map<string, string>();
  for (const update of council.updates) {
    const { data } = update;
    const quarter = parseFinancialQuarter(data.quarter);
    checkDate(update, "/published", data.published);
    checkDate(update, "/considered_by/date", data.considered_by?.date);
    if (!quarter) {
      at(
        update,
        "/quarter",
        `"${data.quarter}" is not a financial quarter`,
        'write the financial year then the quarter, for example "2024/25 Q2"',
      );
      continue;
    }
    const slug = financialQuarterSlug(quarter);
    if (basename(update.file, ".md") !== slug) {
      at(update, "/quarter", `"${data.quarter}" does not match the file name "${basename(update.file)}"`, `name the file ${slug}.md`);
    }
    const earlier = quartersSeen.get(slug);
    if (earlier) at(update, "/quarter", `${data.quarter} already has an update, ${earlier}`, "each quarter has one update file");
    quartersSeen.set(slug, update.file);
    if (approvalQuarter && compareQuarters(quarter, approvalQuarter) < 0) {
      at(
        update,
        "/quarter",
        `${data.quarter} is before the plan was approved on ${approved}`,
        "progress updates start from the quarter the plan was approved in",
      );
    }
    if (isRealDate(data.published) && data.published < quarterStart(quarter)) {
      at(
        update,
        "/published",
        `${data.published} is before ${data.quarter} began (${quarterStart(quarter)})`,
        "an update is published during or after its quarter",
      );
    }

    // An id an update names that the plan does not have, reported at the key; while an action file fails to
    // load, its ids are unknown, so these wait for it rather than report knock-on mistakes.
    const unknownId = (pointer: string, id: string, what: string, known: Iterable<string>): void => {
      if (!references) return;
      errors.push(
        contentError({
          file: update.file,
          ...update.sourceMap.keyAt(pointer),
          field: fieldName(pointer),
          message: `"${id}" is not ${what} in this plan`,
          hint: suggestId(id, [...known]),
        }),
      );
    };
    for (const [id, progress] of Object.entries(data.milestones ?? {})) {
      const pointer = `/milestones/${escapePointerSegment(id)}`;
      if (!milestones.has(id)) {
        unknownId(pointer, id, "a milestone", milestones.keys());
        continue;
      }
      checkDue(update, `${pointer}/revised_due`, progress.revised_due);
      checkDate(update, `${pointer}/completed`, progress.completed);
      if (progress.completed !== undefined && isRealDate(progress.completed)) {
        if (progress.completed > quarterEnd(quarter)) {
          at(
            update,
            `${pointer}/completed`,
            `${progress.completed} is after ${data.quarter} ended (${quarterEnd(quarter)})`,
            "report a completion in the update for the quarter it happened in",
          );
        } else if (isRealDate(data.published) && progress.completed > data.published) {
          at(
            update,
            `${pointer}/completed`,
            `${progress.completed} is after the update was published (${data.published})`,
            "a milestone cannot be completed in the future",
          );
        }
        if (progress.status !== "complete") {
          at(
            update,
            `${pointer}/completed`,
            `a completion date is given but the status is "${progress.status}"`,
            'set status to "complete", or remove the date',
          );
        }
      }
    }
    for (const id of Object.keys(data.measures ?? {})) {
      if (!measures.has(id)) unknownId(`/measures/${escapePointerSegment(id)}`, id, "a measure", measures);
    }
    data.savings?.forEach((saving, index) => {
      if (!actions.has(saving.action) && references) {
        at(update, `/savings/${index}/action`, `"${saving.action}" is not an action in this plan`, suggestId(saving.action, [...actions]));
      }
      checkYear(update, `/savings/${index}/year`, saving.year);
    });
  }
  return errors;
}

function uniqueIds(located: Located<unknown>, pointer: string, items: readonly { id: string }[], errors: ContentError[]): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    const key = item.id.toLowerCase();
    if (ids.has(key)) {
      const itemPointer = `${pointer}/${index}/id`;
      errors.push(
        contentError({
          file: located.file,
          ...located.sourceMap.valueAt(itemPointer),
          field: fieldName(itemPointer),
          message: `the id "${item.id}" is used twice`,
          hint: "give each one its own id",
        }),
      );
    }
    ids.add(key);
  });
  return ids;
}

function suggestId(typed: string, known: readonly string[]): string {
  const lower = typed.toLowerCase();
  const close = known.filter((id) => id.toLowerCase() === lower || id.toLowerCase().startsWith(lower.slice(0, 3)));
  const listed = (close.length > 0 ? close : known).slice(0, 12);
  return `known ids include: ${listed.join(", ")}${known.length > listed.length ? ", ..." : ""}`;
}
