/**
 * A mistake in content, as a value an officer can act on:
 * `content/councils/x/actions/CS1.yaml:14:5 milestones, item 3, due: "2024-02-30" is not a real date`.
 * Loading collects every one of these and reports them all at once; none is thrown.
 */
export interface ContentError {
  /** Path of the file, relative to the working folder where possible. */
  file: string;
  /** 1-based line and column of the offending value (or key), when known. */
  line?: number;
  column?: number;
  /** Where in the file's structure, as `fieldName` words it: "milestones, item 3, due"; empty for the file as a whole. */
  field: string;
  message: string;
  /** What is allowed, or what to do instead. */
  hint?: string;
  /** Warnings are shown to reviewers but do not fail a build. */
  severity: "error" | "warning";
}

export function contentError(fields: Omit<ContentError, "severity"> & { severity?: ContentError["severity"] }): ContentError {
  return { severity: "error", ...fields };
}

/**
 * A field's place in its file, for people who have never seen a JSON Pointer or an index from 0: "/milestones/2/due"
 * is "milestones, item 3, due", and "/milestones/CS1-M1/status" is "milestones, CS1-M1, status". Items are counted
 * from 1, as an officer counts the "- " lines of a list. Every message (the check, the build, `npm start` and GitHub
 * annotations) names a field this way.
 */
export function fieldName(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((segment) => (/^\d+$/.test(segment) ? `item ${Number(segment) + 1}` : segment))
    .join(", ");
}

/** The plain `path:line:column field: message` form. */
export function formatContentError(error: ContentError): string {
  const place = [error.file, error.line, error.column].filter((part) => part !== undefined).join(":");
  const field = error.field ? ` ${error.field}:` : "";
  const hint = error.hint ? ` (${error.hint})` : "";
  const label = error.severity === "warning" ? " warning:" : "";
  return `${place}${label}${field} ${error.message}${hint}`;
}

/** Errors in reading order: by file, then line, then column. */
export function sortContentErrors(errors: readonly ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.field.localeCompare(b.field),
  );
}

export function hasErrors(errors: readonly ContentError[]): boolean {
  return errors.some((error) => error.severity === "error");
}
