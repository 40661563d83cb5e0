/** Stable, human-readable addresses for every page, without the path prefix (HtmlBasePlugin adds it). */
export const councilUrl = (council: string): string => `/${council}/`;
export const themeUrl = (council: string, theme: string): string => `/${council}/themes/${theme.toLowerCase()}/`;
export const actionUrl = (council: string, action: string): string => `/${council}/actions/${action.toLowerCase()}/`;
export const updateUrl = (council: string, quarterSlug: string): string => `/${council}/progress/${quarterSlug}/`;
export const progressUrl = (council: string): string => `/${council}/progress/`;
export const timelineUrl = (council: string): string => `/${council}/timeline/`;
export const barriersUrl = (council: string): string => `/${council}/barriers/`;
export const aboutUrl = (council: string): string => `/${council}/about/`;
/** The council's colours, the one stylesheet that differs between councils. */
export const brandStylesheetUrl = (council: string): string => `/assets/brand/${council}.css`;
/** A council's feed, calendar and data files, on a site with too many councils to list them all on /data/. */
export const councilDataUrl = (council: string): string => `/${council}/data/`;
/** One theme compared across councils, on a site with too many councils to compare every theme on one page. */
export const compareThemeUrl = (theme: string): string => `/compare/${theme.toLowerCase()}/`;
