/**
 * Where the browser editor lives in a built site. Its pages are not the public site's: they are left out of the
 * sitemap, search, feeds, the page budgets and the checks of every page, and have their own Content Security
 * Policy and their own test (tests/editor/browser.test.ts).
 */
export const editorFolder = "admin/";

/** Whether a file of a built site, as a path below its root ("admin/index.html", "brackenfold/"), is the editor's. */
export const isEditorFile = (sitePath: string): boolean => sitePath.replace(/^\/+/, "").startsWith(editorFolder);
