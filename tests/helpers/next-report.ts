/**
 * Brackenfold's next quarterly report, October to December 2026, as an officer would add it to the examples: valid,
 * and published on 10 February 2027, after the date tests judge the examples on (23 November 2026). Issue 14.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";

export const nextReport = {
  /** Where it goes, below the content folder. */
  path: "councils/brackenfold/updates/2026-27-q3.md",
  address: "brackenfold/progress/2026-27-q3/",
  published: "2027-02-10",
  text: `---
period: "2026/27 Q3"
published: "2027-02-10"
considered_by:
  body: "Performance and Audit Committee"
  date: "2027-02-02"
milestones:
  WC1-M4:
    status: "complete"
    completed: "2026-12-08"
    note: "Food waste collections started on 8 December 2026."
  PL1-M4: { status: "delayed" }
  WS1-M2: { status: "delayed" }
  WS2-M3: { status: "delayed" }
---
## Summary

This report covers October to December 2026. Food waste collections started on 8 December 2026.
`,
};

/** Adds the report to a content folder (one holding councils/) and returns the new file's path. */
export function addNextReport(contentDir: string): string {
  const file = join(contentDir, nextReport.path);
  writeFileSync(file, nextReport.text, { flag: "wx" });
  return file;
}
