/**
 * Checks that go beyond one file's shape: dates that exist, ids that are unique, references that resolve, status
 * words the council uses, and reports that agree with the plan and with the periods they cover.
 */
import { basename } from "node:path";
import { contentError, fieldName, type ContentError } from "../errors.ts";
import type { Located, LoadedCouncil } from "../load/loaded.ts";
import { escapePointerSegment } from "../load/yaml.ts";
import { isRealDate } from "../time/calendar.ts";
import { dueDateForms, parseDueDate } from "../time/due-date.ts";
import { parseFinancialYear } from "../time/financial-quarter.ts";
import { parseReportPeriod } from "../time/report-period.ts";
import { milestoneStatuses } from "../schema/vocabulary.ts";
import { ratingScale, readStatus, statusWords, type RatedStatus } from "../derive/rating.ts";
import { isNear } from "./shape.ts";
import { closest } from "fastest-levenshtein";
import { contrastRatio, darkenForWhiteText, formatContrast, minimumTextContrast } from "./contrast.ts";

/**
 * `references: false` leaves out checks that an update names a milestone, measure or action that exists: the
 * loader passes it while an action file has failed, since its ids would otherwise be reported as unknown.
 */
/**
 * A report whose front matter failed its schema is not in the model, but its status words are checked all the same,
 * so that every mistake shows at once (the schema cannot know the council's own words).
 */
export interface RejectedReport {
  file: string;
  frontMatter: unknown;
  sourceMap: Located<unknown>["sourceMap"];
}

export function checkCouncil(
  council: LoadedCouncil,
  { references = true, rejectedReports = [] }: { references?: boolean; rejectedReports?: readonly RejectedReport[] } = {},
): ContentError[] {
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
    at(located, pointer, problem, due.hint ?? `write ${dueDateForms}`);
  };

  const scale = ratingScale(council.plan.data.ratings);
  const allowedWords = statusWords(scale);
  const checkStatus = (located: Located<unknown>, pointer: string, word: string | undefined): RatedStatus | undefined => {
    if (word === undefined) return undefined;
    const read = readStatus(word, scale);
    if (!read) {
      const suggestion = closest(word, allowedWords);
      at(
        located,
        pointer,
        `"${word}" is not a status or one of the council's ratings`,
        `${isNear(word, suggestion) ? `did you mean "${suggestion}"? ` : ""}write one of: ${allowedWords.join(", ")}${scale.size === 0 ? " (or list the council's own rating words under ratings in plan.yaml)" : ""}`,
      );
    }
    return read;
  };
  const checkDayOrBy = (located: Located<unknown>, pointer: string, value: string | undefined): void =>
    checkDate(located, pointer, value?.replace(/^by /, ""));

  // The header puts white text on the council's colour: WCAG 1.4.3 needs 4.5:1. Refused rather than darkened, so
  // that the colour on the site is the one in council.yaml; the hint offers the nearest shade that passes.
  const colour = council.council.data.brand?.colour;
  if (colour !== undefined && /^#[0-9a-fA-F]{6}$/.test(colour) && contrastRatio(colour, "#ffffff") < minimumTextContrast) {
    at(
      council.council,
      "/brand/colour",
      `"${colour}" is too light for the header's white text on it: the contrast is ${formatContrast(contrastRatio(colour, "#ffffff"))}, and at least 4.5:1 is needed`,
      `use a darker shade, for example "${darkenForWhiteText(colour)}"`,
    );
  }
  const contact = council.council.data.contact;
  if (contact.email === undefined && contact.phone === undefined && contact.page === undefined) {
    at(
      council.council,
      "/contact",
      "residents need at least one way to reach the council",
      "give the contact email, phone or page (the web address of the council's contact page) that the council publishes",
    );
  }

  const { plan } = council;
  const { approval, period } = plan.data;
  const accessibility = council.council.data.accessibility;
  checkDate(council.council, "/accessibility/prepared", accessibility?.prepared);
  checkDate(council.council, "/accessibility/reviewed", accessibility?.reviewed);
  checkDate(council.council, "/accessibility/tested", accessibility?.tested);
  accessibility?.issues?.forEach((issue, index) => checkDate(council.council, `/accessibility/issues/${index}/fix_by`, issue.fix_by));
  checkDate(plan, "/published", plan.data.published);
  checkDate(plan, "/approval/date", approval?.date);
  checkDate(plan, "/approval/due", approval?.due);
  checkDate(plan, "/approval/call_in_deadline", approval?.call_in_deadline);
  checkDayOrBy(plan, "/submitted", plan.data.submitted);
  plan.data.revisions?.forEach((revision, index) => checkDate(plan, `/revisions/${index}/date`, revision.date));
  if (period) {
    checkYear(plan, "/period/from", period.from);
    checkYear(plan, "/period/to", period.to);
    const from = parseFinancialYear(period.from);
    const to = parseFinancialYear(period.to);
    if (from && to && to.startYear < from.startYear) at(plan, "/period/to", `"${period.to}" is before the start of the plan`);
  }
  const ratingWords = new Set<string>();
  plan.data.ratings?.forEach((rating, index) => {
    const key = rating.word.toLowerCase();
    if (ratingWords.has(key))
      at(plan, `/ratings/${index}/word`, `the rating "${rating.word}" is listed twice`, "list each rating word once");
    const siteWord = (milestoneStatuses as readonly string[]).includes(key);
    if (siteWord && key !== rating.means) {
      at(
        plan,
        `/ratings/${index}/means`,
        `the rating "${rating.word}" is one of the site's own statuses, so it cannot count as "${rating.means}"`,
        `make it mean "${key}", or leave it out of ratings`,
      );
    }
    ratingWords.add(key);
  });

  // Ids: themes and barriers within the plan; actions, milestones and measures across the whole council,
  // because reports name milestones and measures by id alone.
  const themeIds = uniqueIds(plan, "/themes", plan.data.themes, errors);
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
  const milestones = new Map<string, { due?: string }>();
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
    checkStatus(action, "/status", action.data.status);
    action.data.milestones?.forEach((milestone, index) => {
      claim(action, `/milestones/${index}/id`, milestone.id, "milestone");
      checkDue(action, `/milestones/${index}/due`, milestone.due);
      const stated = checkStatus(action, `/milestones/${index}/status`, milestone.status);
      checkDate(action, `/milestones/${index}/completed`, milestone.completed);
      if (milestone.completed !== undefined && stated?.status !== "complete") {
        at(
          action,
          `/milestones/${index}/completed`,
          "a completion date is given but the plan does not give the milestone a status of complete",
          'add status: "complete" (or the council\'s word for it), or remove the date',
        );
      }
      milestones.set(milestone.id, { ...(milestone.due !== undefined && { due: milestone.due }) });
    });
    action.data.measures?.forEach((measure, index) => {
      claim(action, `/measures/${index}/id`, measure.id, "measure");
      checkDate(action, `/measures/${index}/baseline/date`, measure.baseline?.date);
      checkDate(action, `/measures/${index}/target/date`, measure.target?.date);
      measures.add(measure.id);
    });
    action.data.savings?.forEach((saving, index) => {
      checkYear(action, `/savings/${index}/year`, saving.year);
      if (saving.amount === undefined && saving.delivered === undefined) {
        at(
          action,
          `/savings/${index}`,
          "a saving needs an amount, a delivered figure, or both",
          "give the figures the plan states, in pounds",
        );
      }
    });
  }

  for (const rejected of rejectedReports) {
    const located = { file: rejected.file, data: rejected.frontMatter, sourceMap: rejected.sourceMap };
    for (const group of ["milestones", "actions"] as const) {
      const entries = (rejected.frontMatter as Record<string, unknown> | null)?.[group];
      if (typeof entries !== "object" || entries === null) continue;
      for (const [id, progress] of Object.entries(entries)) {
        const status = (progress as Record<string, unknown> | null)?.status;
        if (typeof status === "string") checkStatus(located, `/${group}/${escapePointerSegment(id)}/status`, status);
      }
    }
  }

  for (const update of council.updates) {
    const { data } = update;
    const period = parseReportPeriod(data.period);
    checkDate(update, "/published", data.published);
    checkDate(update, "/considered_by/date", data.considered_by?.date);
    if ("problem" in period) {
      at(update, "/period", period.problem, period.hint);
      continue;
    }
    if (data.published !== undefined && isRealDate(data.published) && data.published < period.start) {
      at(
        update,
        "/published",
        `${data.published} is before the period the report covers began (${period.start})`,
        "a report is published during or after its period",
      );
    }

    // An id a report names that the plan does not have, reported at the key; while an action file fails to
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
    for (const [id, progress] of Object.entries(data.actions ?? {})) {
      const pointer = `/actions/${escapePointerSegment(id)}`;
      if (!actions.has(id)) unknownId(pointer, id, "an action", actions);
      checkStatus(update, `${pointer}/status`, progress.status);
    }
    for (const [id, progress] of Object.entries(data.milestones ?? {})) {
      const pointer = `/milestones/${escapePointerSegment(id)}`;
      if (!milestones.has(id)) {
        unknownId(pointer, id, "a milestone", milestones.keys());
        continue;
      }
      checkDue(update, `${pointer}/revised_due`, progress.revised_due);
      checkDate(update, `${pointer}/completed`, progress.completed);
      const rated = checkStatus(update, `${pointer}/status`, progress.status);
      if (progress.completed !== undefined && isRealDate(progress.completed)) {
        if (progress.completed > period.end) {
          at(
            update,
            `${pointer}/completed`,
            `${progress.completed} is after the period the report covers ended (${period.end})`,
            "report a completion in the report for the period it happened in",
          );
        } else if (data.published !== undefined && isRealDate(data.published) && progress.completed > data.published) {
          at(
            update,
            `${pointer}/completed`,
            `${progress.completed} is after the report was published (${data.published})`,
            "a milestone cannot be completed in the future",
          );
        }
        if (rated?.status !== "complete") {
          at(
            update,
            `${pointer}/completed`,
            `a completion date is given but the status is ${progress.status === undefined ? "not given" : `"${progress.status}"`}`,
            'set status to "complete" (or the council\'s word for it), or remove the date',
          );
        }
      }
    }
    for (const [id, reading] of Object.entries(data.measures ?? {})) {
      const pointer = `/measures/${escapePointerSegment(id)}`;
      if (!measures.has(id)) unknownId(pointer, id, "a measure", measures);
      if (reading.value === undefined && reading.no_figure === undefined) {
        at(
          update,
          pointer,
          "gives neither a figure nor a reason for having none",
          `write ${id}: { value: 42 }, or ${id}: { no_figure: "why there is no figure" }`,
        );
      } else if (reading.value !== undefined && reading.no_figure !== undefined) {
        at(
          update,
          `${pointer}/no_figure`,
          "is given beside a figure",
          "keep the value, or remove it and keep no_figure saying why there is none",
        );
      } else if (reading.unchanged !== undefined && reading.value === undefined) {
        at(
          update,
          `${pointer}/unchanged`,
          "says the figure is unchanged, but there is no figure",
          `give the figure, ${id}: { value: 42, unchanged: true }, or remove unchanged`,
        );
      }
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
