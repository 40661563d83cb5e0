/**
 * Printing content errors for people: the plain `path:line:column field: message` form, or GitHub Actions
 * annotations when running there, so mistakes show on the changed lines of a pull request.
 * https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
 */
import { formatContentError, type ContentError } from "./errors.ts";
import type { Environment } from "./settings.ts";
import { pluralise } from "./format/numbers.ts";

export function githubAnnotation(error: ContentError): string {
  const properties = [`file=${escapeProperty(error.file)}`];
  if (error.line !== undefined) properties.push(`line=${error.line}`);
  if (error.column !== undefined) properties.push(`col=${error.column}`);
  if (error.field) properties.push(`title=${escapeProperty(error.field)}`);
  const message = `${error.field ? `${error.field}: ` : ""}${error.message}${error.hint ? ` (${error.hint})` : ""}`;
  return `::${error.severity === "warning" ? "warning" : "error"} ${properties.join(",")}::${escapeData(message)}`;
}

function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

export function contentErrorLines(errors: readonly ContentError[], env: Environment): string[] {
  const annotate = env.GITHUB_ACTIONS === "true";
  return errors.map((error) => (annotate ? githubAnnotation(error) : formatContentError(error)));
}

export function printContentErrors(errors: readonly ContentError[], env: Environment): void {
  if (errors.length === 0) return;
  const lines = contentErrorLines(errors, env);
  const errorCount = errors.filter((error) => error.severity === "error").length;
  const warningCount = errors.length - errorCount;
  console.error(lines.join("\n"));
  const summary = [errorCount > 0 && pluralise(errorCount, "error"), warningCount > 0 && pluralise(warningCount, "warning")]
    .filter(Boolean)
    .join(" and ");
  console.error(`\n${summary} in the content.`);
}
