/**
 * Every filter formats a value it is given (lib/filters/index.ts): it returns text (a date, an amount, an address,
 * a chart's SVG, a file's text, or a chart's figures as cells of text for its table), and none of its parameters is the site model (the site, its page lists, or a list
 * of councils). What a page shows that is worked out across the model belongs in its page record (lib/site/pages.ts),
 * where it is tested; a filter that derived it would hide it in a template. Read from the filters' own types with
 * the TypeScript compiler, so a new filter is checked the moment it is registered.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import ts from "typescript";
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { filterGroups } from "../../lib/filters/index.ts";

interface FilterType {
  name: string;
  returns: string;
  returnsText: boolean;
  parameters: { name: string; type: string; readsModel: boolean }[];
}

/** Whether a value of this type is the site model or part of it that spans councils. */
function readsModel(checker: ts.TypeChecker, type: ts.Type, seen = new Set<ts.Type>()): boolean {
  if (seen.has(type)) return false;
  seen.add(type);
  if (type.isUnionOrIntersection()) return type.types.some((each) => readsModel(checker, each, seen));
  const property = (name: string) => checker.getPropertyOfType(type, name);
  // The site: SiteView, SitePages and anything picked from them with its councils or its page lists.
  if (property("councils") || property("pages") || property("onlyCouncil")) return true;
  // A list of councils, or of anything that holds a council's whole plan.
  const element = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
  if (element && checker.isArrayLikeType(type)) {
    const holdsCouncil = (candidate: ts.Type) =>
      checker.getPropertyOfType(candidate, "actions") && checker.getPropertyOfType(candidate, "plan");
    return Boolean(holdsCouncil(element)) || readsModel(checker, element, seen);
  }
  return false;
}

/** Whether a value of this type is text: a string, or cells of text (with flags such as "numeric") in lists and records. */
function isText(checker: ts.TypeChecker, type: ts.Type, seen = new Set<ts.Type>()): boolean {
  if (seen.has(type)) return true;
  seen.add(type);
  const plain = ts.TypeFlags.StringLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.Undefined;
  if (type.flags & plain) return true;
  if (type.isUnion()) return type.types.every((each) => isText(checker, each, seen));
  if (type.flags & ts.TypeFlags.Object) {
    if (type.getCallSignatures().length > 0) return false;
    const element = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
    if (element && checker.isArrayLikeType(type)) return isText(checker, element, seen);
    return type.getProperties().every((property) => isText(checker, checker.getTypeOfSymbol(property), seen));
  }
  return false;
}

/** The filters registered by `variable` in `file`, each with what it returns and what it takes. */
function filterTypes(file: string, variable: string): FilterType[] {
  const program = ts.createProgram([file], {
    strict: true,
    allowImportingTsExtensions: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`${file} was not read`);
  const symbol = checker.getSymbolsInScope(source, ts.SymbolFlags.Variable).find((each) => each.name === variable);
  if (!symbol) throw new Error(`${file} has no ${variable}`);
  const groups = checker.getTypeOfSymbolAtLocation(symbol, source);
  return checker.getPropertiesOfType(groups).flatMap((group) =>
    checker.getPropertiesOfType(checker.getTypeOfSymbolAtLocation(group, source)).map((filter) => {
      const signatures = checker.getTypeOfSymbolAtLocation(filter, source).getCallSignatures();
      const signature = signatures[0];
      if (!signature) return { name: filter.name, returns: "not a function", returnsText: false, parameters: [] };
      const returns = checker.getReturnTypeOfSignature(signature);
      return {
        name: filter.name,
        returns: checker.typeToString(returns),
        returnsText: isText(checker, returns),
        parameters: signature.getParameters().map((parameter) => {
          const type = checker.getTypeOfSymbolAtLocation(parameter, source);
          return { name: parameter.name, type: checker.typeToString(type), readsModel: readsModel(checker, type) };
        }),
      };
    }),
  );
}

/** What is wrong with each filter that does more than format: its name and why. */
function derivingFilters(filters: readonly FilterType[]): string[] {
  return filters.flatMap((filter) => [
    ...(filter.returnsText ? [] : [`${filter.name} returns ${filter.returns}, not text`]),
    ...filter.parameters
      .filter((parameter) => parameter.readsModel)
      .map((parameter) => `${filter.name} reads the site model: ${parameter.name}: ${parameter.type}`),
  ]);
}

const filters = filterTypes(resolve("lib/filters/index.ts"), "filterGroups");

test("the filters read from the types are the filters registered", () => {
  const registered = Object.values(filterGroups).flatMap((group) => Object.keys(group));
  assert.equal(filters.map((filter) => filter.name).sort(), registered.sort());
  assert.ok(registered.length > 40, `only ${registered.length} filters`);
});

test("every filter formats a value it is given: it returns text and reads nothing of the site model", () => {
  assert.equal(derivingFilters(filters), []);
});

test("a filter that derives from the site model, or returns a structure to lay out, is caught", () => {
  const dir = mkdtempSync(join(tmpdir(), "filters-"));
  try {
    const file = join(dir, "filters.ts");
    writeFileSync(
      file,
      [
        "interface Council { slug: string; plan: { title: string }; actions: { id: string }[] }",
        "interface Site { councils: Council[]; onlyCouncil?: Council }",
        "const groups = {",
        "  text: { formatTitle: (council: Council): string => council.plan.title },",
        "  table: { figures: (council: Council): { caption: string; rows: { text: string; numeric?: boolean }[] } => ({ caption: council.slug, rows: [] }) },",
        "  derived: {",
        "    countActions: (site: Site): string => String(site.councils.length),",
        "    everyAction: (councils: readonly Council[]): string => councils.map((council) => council.slug).join(),",
        "    aToZ: (council: Council): { letter: string; count: number }[] => [{ letter: 'A', count: council.actions.length }],",
        "    total: (council: Council): number => council.actions.length,",
        "  },",
        "};",
        "export const filterGroups = groups;",
      ].join("\n"),
    );
    assert.equal(derivingFilters(filterTypes(file, "filterGroups")), [
      "countActions reads the site model: site: Site",
      "everyAction reads the site model: councils: readonly Council[]",
      "aToZ returns { letter: string; count: number; }[], not text",
      "total returns number, not text",
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
