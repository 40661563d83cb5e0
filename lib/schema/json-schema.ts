/** The content schema as JSON Schema text, as published in schema/ and on the site. */
import { jsonSchemaFor, type ContentKind } from "./index.ts";

export function jsonSchemaText(kind: ContentKind): string {
  return `${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`;
}
