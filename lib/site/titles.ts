/**
 * Titles that name a council. A council may call its plan "Productivity Plan 2024 to 2027" or "Wyre Council
 * Productivity Plan"; the second already says whose it is, so putting the council's name before or after it
 * again would read "Wyre Council's Wyre Council Productivity Plan".
 */
import type { CouncilView } from "../derive/council.ts";

type NamedCouncil = Pick<CouncilView, "shortName"> & { council: Pick<CouncilView["council"], "name"> };

/** Whether `text` already names the council, by its full or its short name. */
export function namesCouncil(text: string, council: NamedCouncil): boolean {
  const lower = text.toLocaleLowerCase("en-GB");
  return [council.council.name, council.shortName].some((name) => name.trim() !== "" && lower.includes(name.toLocaleLowerCase("en-GB")));
}

/**
 * "Brackenfold District Council’s Productivity Plan 2024 to 2027", or the plan's title alone when it names the
 * council already. `apostrophe` is "’" for pages and "'" for the plain text of feeds and calendars.
 */
export function councilsPlan(council: NamedCouncil & { plan: { title: string } }, apostrophe = "’"): string {
  const title = council.plan.title;
  return namesCouncil(title, council) ? title : `${council.council.name}${apostrophe}s ${title}`;
}

/** "Brackenfold District Council: Productivity Plan 2024 to 2027", or `text` alone when it names the council already. */
export function withCouncilName(text: string, council: NamedCouncil, name = council.council.name): string {
  return namesCouncil(text, council) ? text : `${name}: ${text}`;
}

/**
 * A page's <title>: its heading, then the site's name, which is the council's on the council's pages (GOV.UK's
 * rule: https://design-system.service.gov.uk/patterns/question-pages/#page-title). The council's name is left
 * off when the heading already has it.
 */
export function documentTitle(title: string, council?: NamedCouncil): string {
  return council && !namesCouncil(title, council) ? `${title} – ${council.council.name}` : title;
}
