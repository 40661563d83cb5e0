/**
 * Savings planned against delivered, as far as anyone stated them. Plans give savings per financial year, or one
 * target over the whole plan (no year), and may say what was already delivered; reports give the amount
 * delivered so far in that year, a running total, so the latest report that mentions an action and year is the
 * figure that counts. A figure no one gave stays undefined: never £0.
 */
import type { ActionFile, UpdateFile } from "../schema/index.ts";
import { parseFinancialYear } from "../time/financial-quarter.ts";
import { formatMoney, moneyGap } from "../format/money.ts";

/** The savings for one financial year, or for the whole plan when `year` is undefined. */
export interface SavingsLine {
  year?: string;
  planned?: number;
  delivered?: number;
  /** What the figure counts, as the plan says ("salary budget, excluding on-costs"). */
  basis?: string;
  /** True when the delivered figure is the plan's own, not a report's. */
  deliveredInPlan?: boolean;
}

export interface Savings {
  /** Per financial year, in year order, then the whole-plan line (no year) last if there is one. Empty: no savings stated. */
  lines: SavingsLine[];
  /** The sum of the planned figures given; undefined when none was. */
  planned?: number;
  /** The sum of the delivered figures given; undefined when none was. */
  delivered?: number;
  /** The figures in a sentence (savingsHeadline); undefined when none was given, so pages leave savings out. */
  headline?: string;
}

const wholePlan = "whole plan";

const add = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined ? b : b === undefined ? a : a + b);

export function actionSavings(action: Pick<ActionFile, "id" | "savings">, reports: readonly Pick<UpdateFile, "savings">[]): Savings {
  const lines = new Map<string, SavingsLine>();
  const lineFor = (key: string): SavingsLine => {
    const found = lines.get(key);
    if (found) return found;
    const line: SavingsLine = key === wholePlan ? {} : { year: key };
    lines.set(key, line);
    return line;
  };
  for (const saving of action.savings ?? []) {
    const line = lineFor(saving.year ?? wholePlan);
    const planned = add(line.planned, saving.amount);
    if (planned !== undefined) line.planned = planned;
    if (saving.delivered !== undefined) {
      line.delivered = add(line.delivered, saving.delivered);
      line.deliveredInPlan = true;
    }
    if (saving.basis !== undefined) line.basis = saving.basis;
  }
  for (const report of reports) {
    for (const saving of report.savings ?? []) {
      if (saving.action !== action.id) continue;
      const line = lineFor(saving.year ?? wholePlan);
      line.delivered = saving.delivered;
      delete line.deliveredInPlan;
    }
  }
  return savingsFrom([...lines.entries()]);
}

export function totalSavings(parts: readonly Savings[]): Savings {
  const lines = new Map<string, SavingsLine>();
  for (const part of parts) {
    for (const line of part.lines) {
      const key = line.year ?? wholePlan;
      const total = lines.get(key) ?? (key === wholePlan ? {} : { year: key });
      const planned = add(total.planned, line.planned);
      const delivered = add(total.delivered, line.delivered);
      lines.set(key, {
        ...(total.year !== undefined && { year: total.year }),
        ...(planned !== undefined && { planned }),
        ...(delivered !== undefined && { delivered }),
      });
    }
  }
  return savingsFrom([...lines.entries()]);
}

function savingsFrom(entries: [string, SavingsLine][]): Savings {
  const lines = entries.sort(([a], [b]) => byYearThenWholePlan(a, b)).map(([, line]) => line);
  const planned = lines.reduce<number | undefined>((sum, line) => add(sum, line.planned), undefined);
  const delivered = lines.reduce<number | undefined>((sum, line) => add(sum, line.delivered), undefined);
  const totals = { ...(planned !== undefined && { planned }), ...(delivered !== undefined && { delivered }) };
  const headline = savingsHeadline(totals);
  return { lines, ...totals, ...(headline !== undefined && { headline }) };
}

function byYearThenWholePlan(a: string, b: string): number {
  if (a === wholePlan) return 1;
  if (b === wholePlan) return -1;
  return (parseFinancialYear(a)?.startYear ?? 0) - (parseFinancialYear(b)?.startYear ?? 0);
}

/**
 * Savings in one sentence, saying only the figures given: "£1.49 million delivered so far, against £1.5 million
 * planned."; "£1.5 million planned; no figure for savings delivered has been published."; "£1.49 million
 * delivered."; undefined when no figure at all was given, so the page leaves savings out. Where the two figures
 * read the same in words but differ, the sentence says by how much (lib/format/money.ts).
 */
export function savingsHeadline(savings: Pick<Savings, "planned" | "delivered">): string | undefined {
  const { planned, delivered } = savings;
  if (planned !== undefined && delivered !== undefined) {
    const gap = moneyGap(delivered, planned);
    const difference = gap === undefined ? "" : ` (${gap} ${delivered < planned ? "less" : "more"} than planned)`;
    return `${formatMoney(delivered)} delivered so far, against ${formatMoney(planned)} planned${difference}.`;
  }
  if (planned !== undefined) return `${formatMoney(planned)} planned; no figure for savings delivered has been published.`;
  if (delivered !== undefined) return `${formatMoney(delivered)} delivered; no planned figure was published.`;
  return undefined;
}
