/**
 * The content schema, defined once. TypeBox gives the TypeScript types (Static), Ajv validates against the
 * same objects at run time, and scripts/schema.ts writes them out as the JSON Schema files in schema/ that
 * editors use for completion.
 */
import type { TSchema } from "@sinclair/typebox";
import { ActionFile } from "./action.ts";
import { CouncilFile } from "./council.ts";
import { PlanFile } from "./plan.ts";
import { UpdateFile } from "./update.ts";

export * from "./action.ts";
export * from "./council.ts";
export * from "./plan.ts";
export * from "./update.ts";
export * from "./vocabulary.ts";

/** Each kind of content file, with the schema that describes it. */
export const contentSchemas = {
  council: CouncilFile,
  plan: PlanFile,
  action: ActionFile,
  update: UpdateFile,
} satisfies Record<string, TSchema>;

export type ContentKind = keyof typeof contentSchemas;

/** The schema as a plain JSON Schema document, with the id it is published under. */
export function jsonSchemaFor(kind: ContentKind): Record<string, unknown> {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: `https://plan-pages.example/schema/${kind}.schema.json`,
    title: `Plan Pages ${kind} file`,
    ...JSON.parse(JSON.stringify(contentSchemas[kind])),
  };
}
