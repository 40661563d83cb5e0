/**
 * Figures typed as a spreadsheet or a report shows them ("£91,000", "91,000", "66.2%", "£1.5 million"), read for
 * the one message that says how to write them: `write 91000`. The content keeps numbers plain, so that a figure is
 * never half-read (YAML takes "91,000" inside { } as 91 and a field called "000").
 */

const multipliers: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/**
 * The plain number a figure written with "£", commas, spaces, "%" or "million" stands for, as digits ("91000" for
 * "£91,000", and for "91000" in quotes, which YAML reads as text); undefined when the text is not a figure.
 */
export function plainNumberFor(text: string): string | undefined {
  const match = /^£?\s*(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(%|k|thousand|m|million|bn|billion)?$/i.exec(text.trim());
  if (!match?.[1]) return undefined;
  const digits = Number(match[1].replaceAll(",", ""));
  const unit = match[2]?.toLowerCase();
  const value = unit && unit !== "%" ? Number((digits * (multipliers[unit] ?? 1)).toPrecision(12)) : digits;
  return String(value);
}

/** The message and hint for a figure written with "£" or commas. */
export function plainNumberMessage(text: string, plain: string): { message: string; hint: string } {
  if (plain === text)
    return { message: `"${text}" is in quotes, which makes it text: write ${plain}`, hint: "a figure is written without quotes" };
  return {
    message: `${JSON.stringify(text)} is not written as a plain number: write ${plain}`,
    hint: 'figures are digits only, with a "." for any decimals: no "£", commas, spaces, "%" or "million"',
  };
}
