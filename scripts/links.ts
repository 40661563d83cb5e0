/**
 * npm run links: checks every link, image, script and #fragment inside the built site (OUTPUT_DIR, default _site)
 * leads somewhere that exists, under PATH_PREFIX. Prints each broken one and exits 1 if there are any.
 */
import { checkLinks, formatBrokenLink } from "../lib/checks/links.ts";
import { readSettings } from "../lib/settings.ts";

const settings = readSettings(process.env);

const result = checkLinks(settings.outputDir, settings);
for (const link of result.broken) console.log(formatBrokenLink(link));
console.log(
  `Checked ${result.links.toLocaleString("en-GB")} links on ${result.pages} pages in ${settings.outputDir}: ${result.broken.length} broken.`,
);
process.exitCode = result.broken.length > 0 || result.pages === 0 ? 1 : 0;
