/**
 * Colour contrast, as WCAG defines it, for the council's brand colour: the header puts white text on it, so it
 * needs at least 4.5:1 against white (WCAG 1.4.3 Contrast (Minimum), for text smaller than 18.66 px bold).
 * https://www.w3.org/WAI/WCAG22/Understanding/contrast-minimum.html
 */

/** Contrast needed for normal-size text. */
export const minimumTextContrast = 4.5;

/** "#1d5c4d" (or "#fff") as red, green and blue, 0 to 255. */
function channels(hex: string): [number, number, number] {
  const digits = hex.replace(/^#/, "");
  const value = Number.parseInt(digits.length === 3 ? digits.replace(/./g, "$&$&") : digits, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

const toHex = (rgb: readonly number[]): string => `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, "0")).join("")}`;

/** Relative luminance. https://www.w3.org/TR/WCAG22/#dfn-relative-luminance */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const srgb = channel / 255;
    return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, from 1 (the same) to 21 (black on white). https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * The colour nearest to `hex` in hue, made darker in small steps until white text on it reaches the minimum:
 * the suggestion in the error an officer sees for a colour that is too light.
 */
export function darkenForWhiteText(hex: string, minimum = minimumTextContrast): string {
  const rgb = channels(hex);
  for (let step = 0; step <= 100; step += 1) {
    const candidate = toHex(rgb.map((channel) => Math.floor((channel * (100 - step)) / 100)));
    if (contrastRatio(candidate, "#ffffff") >= minimum) return candidate;
  }
  return "#000000";
}

/** Contrast written as people read it: "3.2:1". Rounded down, so that 4.49 never shows as a passing 4.5. */
export const formatContrast = (ratio: number): string => `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
