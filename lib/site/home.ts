/**
 * The home page. A build of several councils lists them; a build of one council opens on that council's
 * plan, since a list of one is a page nobody needs. The home page then redirects at once with
 * <meta http-equiv="refresh" content="0; url=..."> (an instant redirect is allowed by WCAG: F40 and F41 are
 * about timed ones), and shows a link for anyone whose browser does not follow it. A static host cannot
 * send an HTTP redirect without its own configuration, so this works on any of them.
 */
import { councilUrl } from "./urls.ts";

/** The address the home page sends people to: the only council's plan, or "" when there is a choice to make. */
export function homeRedirect(councils: readonly { slug: string }[]): string {
  const [only] = councils;
  return councils.length === 1 && only ? councilUrl(only.slug) : "";
}
