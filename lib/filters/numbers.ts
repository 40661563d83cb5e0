/** Amounts, counts and measures (lib/format/money.ts, lib/format/numbers.ts). */
export { formatMoney } from "../format/money.ts";
export { formatCount, formatDays, formatMeasure, formatTimes } from "../format/numbers.ts";
