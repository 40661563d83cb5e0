/**
 * Layering: no module in lib/ imports, however indirectly, one that imports it back, type-only imports included
 * (issue 16); and no script imports from tests/ (what scripts share with tests lives in lib/checks). Read from the
 * source text: every `import ... from "..."`, `import type`, `export ... from` and `import("...")` with a relative
 * address.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";

/** Every .ts file below a folder, "/"-separated from the project root. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => join(dir, file).split(sep).join("/"))
    .sort();
}

/** The relative modules a file imports, as paths from the project root. */
export function importsOf(file: string, text = readFileSync(file, "utf8")): string[] {
  const found = new Set<string>();
  const pattern =
    /(?:^|[\s;])(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|^import\s*["']([^"']+)["']/gm;
  for (const match of text.matchAll(pattern)) {
    const address = match[1] ?? match[2] ?? match[3] ?? "";
    if (!address.startsWith(".")) continue;
    found.add(
      normalize(join(dirname(file), address))
        .split(sep)
        .join("/"),
    );
  }
  return [...found].sort();
}

/** Each group of modules that import one another round a loop (Tarjan's strongly connected components). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    order.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) === order.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return found;
}

test("the reader finds every kind of import, type-only and re-exports included", () => {
  const text = `import { a } from "./a.ts";
import type { B } from "../b.ts";
export { c } from "./c.ts";
export type { D } from "./d.ts";
import {
  e,
  type E,
} from "./e.ts";
const f = await import("./f.ts");
import "./g.ts";
import { load } from "js-yaml";`;
  assert.equal(importsOf("lib/x/y.ts", text), [
    "lib/b.ts",
    "lib/x/a.ts",
    "lib/x/c.ts",
    "lib/x/d.ts",
    "lib/x/e.ts",
    "lib/x/f.ts",
    "lib/x/g.ts",
  ]);
});

test("the finder finds a loop of three and a module importing itself, and nothing in a tree", () => {
  const loop = new Map([
    ["a", ["b"]],
    ["b", ["c"]],
    ["c", ["a", "d"]],
    ["d", []],
    ["e", ["e"]],
  ]);
  assert.equal(cycles(loop), [["a", "b", "c"], ["e"]]);
  assert.equal(
    cycles(
      new Map([
        ["a", ["b", "c"]],
        ["b", ["c"]],
        ["c", []],
      ]),
    ),
    [],
  );
});

test("no import cycle in lib/", () => {
  const files = sourceFiles("lib");
  assert.ok(files.length > 50, `only ${files.length} modules in lib/`);
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  assert.equal(
    cycles(graph).map((group) => group.join(" <-> ")),
    [],
  );
});

test("no script imports from tests/", () => {
  const found = sourceFiles("scripts").flatMap((file) =>
    importsOf(file)
      .filter((target) => target.startsWith("tests/"))
      .map((target) => `${file} imports ${relative(".", target)}`),
  );
  assert.equal(found, []);
});

test.run();
