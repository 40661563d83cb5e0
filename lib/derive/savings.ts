/**
 * Savings planned against delivered. Plans give savings per financial year (or one target over the whole plan,
 * with no year); updates give the amount delivered so far in that year, a running total, so the latest update
 * that mentions an action and year is the figure that counts.
 */
import type { ActionFile, UpdateFile } from "../schema/index.ts";
import { parseFinancialYear } from "../time/financial-quarter.ts";

/** The savings for one financial year, or for the whole plan when `year` is undefined. */
export interface SavingsLine {
  year?: string;
  planned: number;
  delivered: number;
}

export interface Savings {
  /** Per financial year, in year order, then the whole-plan line (no year) last if there is one. */
  lines: SavingsLine[];
  planned: number;
  delivered: number;
}

const wholePlan = "whole plan";

export function actionSavings(action: Pick<ActionFile, "id" | "savings">, updates: readonly Pick<UpdateFile, "savings">[]): Savings {
  const planned = new Map<string, number>();
  for (const saving of action.savings ?? []) {
    const key = saving.year ?? wholePlan;
    planned.set(key, (planned.get(key) ?? 0) + saving.amount);
  }
  const delivered = new Map<string, number>();
  for (const update of updates) {
    for (const saving of update.savings ?? []) {
      if (saving.action === action.id) delivered.set(saving.year ?? wholePlan, saving.delivered);
    }
  }
  return savingsFrom(planned, delivered);
}

export function totalSavings(parts: readonly Savings[]): Savings {
  const planned = new Map<string, number>();
  const delivered = new Map<string, number>();
  for (const part of parts) {
    for (const line of part.lines) {
      const key = line.year ?? wholePlan;
      planned.set(key, (planned.get(key) ?? 0) + line.planned);
      delivered.set(key, (delivered.get(key) ?? 0) + line.delivered);
    }
  }
  return savingsFrom(planned, delivered);
}

function savingsFrom(planned: Map<string, number>, delivered: Map<string, number>): Savings {
  const keys = [...new Set([...planned.keys(), ...delivered.keys()])].sort(byYearThenWholePlan);
  const lines = keys.map((key) => ({
    ...(key !== wholePlan && { year: key }),
    planned: planned.get(key) ?? 0,
    delivered: delivered.get(key) ?? 0,
  }));
  return {
    lines,
    planned: lines.reduce((sum, line) => sum + line.planned, 0),
    delivered: lines.reduce((sum, line) => sum + line.delivered, 0),
  };
}

function byYearThenWholePlan(a: string, b: string): number {
  if (a === wholePlan) return 1;
  if (b === wholePlan) return -1;
  return (parseFinancialYear(a)?.startYear ?? 0) - (parseFinancialYear(b)?.startYear ?? 0);
}
