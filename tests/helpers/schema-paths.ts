/**
 * Every field path in a published JSON Schema, walked here on its own rather than with the generator's code, so that
 * a field the generator skipped is caught. How a path is joined is the caller's: "contact.email",
 * "milestones[].due" and "milestones.<id>.status" for the field reference; "contact/email" and "milestones/" then a
 * star for the editor's form.
 */
export interface PathJoins {
  /** Between a field and one of its own fields: "." or "/". */
  field: string;
  /** Between a list and its items' fields: "[]." (the editor's: slash, star, slash). */
  item: string;
  /** Between a group keyed by id and each entry's fields: ".<id>." (the editor's: slash, star, slash). */
  entry: string;
}

export function schemaPaths(schema: Record<string, unknown>, joins: PathJoins, prefix = ""): string[] {
  const properties = (schema["properties"] ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(properties).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const items = field["items"] as Record<string, unknown> | undefined;
    const record = Object.values((field["patternProperties"] ?? {}) as Record<string, Record<string, unknown>>)[0];
    return [
      path,
      ...schemaPaths(field, joins, `${path}${joins.field}`),
      ...(items ? schemaPaths(items, joins, `${path}${joins.item}`) : []),
      ...(record ? schemaPaths(record, joins, `${path}${joins.entry}`) : []),
    ];
  });
}
