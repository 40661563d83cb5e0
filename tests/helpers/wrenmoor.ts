/**
 * The outputs tests' council: the minimal fixture's content (tests/fixtures/minimal), built in memory so the
 * tests do not depend on the loader, and, when asked, the same with the cases the outputs must handle beyond it:
 * an ongoing milestone, one due in a financial year and then cancelled, and a third report published in British
 * Summer Time.
 */
import { deriveCouncil, type CouncilView } from "../../lib/derive/council.ts";
import type { LoadedCouncil, LoadedUpdate, Located } from "../../lib/load/loaded.ts";
import { SourceMap } from "../../lib/load/yaml.ts";
import type { ActionFile, CouncilFile, PlanFile, UpdateFile } from "../../lib/schema/index.ts";

/** A GitHub Pages style address: the site lives under /plans/. */
export const settings = {
  siteUrl: "https://example.github.io",
  pathPrefix: "/plans/",
  asOf: "2025-08-01",
  asOfTimestamp: "2025-08-01T11:00:00Z",
};

const located = <T>(file: string, data: T): Located<T> => ({ file, data, sourceMap: new SourceMap("") });

export const councilFile: CouncilFile = {
  name: "Wrenmoor District Council",
  short_name: "Wrenmoor",
  gss_code: "E07000999",
  type: "district",
  website: "https://www.wrenmoor.example.gov.uk",
  contact: { email: "plans@wrenmoor.example.gov.uk" },
  brand: { colour: "#1d5c4d" },
};

export const planFile: PlanFile = {
  title: "Productivity Plan 2024 to 2027",
  period: { from: "2024/25", to: "2026/27" },
  summary: "How Wrenmoor will do more with less.",
  submitted: "2024-07-17",
  approval: { kind: "cabinet resolution", by: "Cabinet", date: "2024-07-10" },
  themes: [
    { id: "services", title: "Transforming services" },
    { id: "waste", title: "Reducing wasteful spend" },
    { id: "barriers", title: "Barriers to progress" },
  ],
  barriers: [
    {
      id: "B1",
      title: "Short funding settlements",
      description: "One-year settlements make planning hard.",
      ask: "Multi-year settlements.",
      theme: "barriers",
    },
  ],
};

const cs1: ActionFile = {
  id: "CS1",
  title: "Council tax online",
  theme: "services",
  owner: "Head of Customer Services",
  summary: "Move council tax accounts online.",
  milestones: [
    { id: "CS1-M1", title: "Portal live", due: "2024-12-31" },
    { id: "CS1-M2", title: "Paper forms withdrawn", due: "2025-03" },
    { id: "CS1-M3", title: "Review of the first year", due: "2025/26 Q2" },
  ],
  measures: [
    {
      id: "CS1-K1",
      title: "Accounts opened online",
      unit: "%",
      direction: "higher is better",
      baseline: { value: 10, date: "2024-03-31" },
      target: { value: 50, date: "2027-03-31" },
    },
  ],
  savings: [{ year: "2024/25", amount: 100000 }],
};

const ws1: ActionFile = {
  id: "WS1",
  title: "Fewer agency staff",
  theme: "waste",
  owner: "Head of HR",
  summary: "Cut spending on agency staff.",
  milestones: [{ id: "WS1-M1", title: "Agency approval rule in place", due: "2024-09-30" }],
  savings: [{ year: "2024/25", amount: 50000 }],
};

export function report(slug: string, data: UpdateFile, narrative = ""): LoadedUpdate {
  return { ...located(`updates/${slug}.md`, data), slug, narrative, narrativeLine: 1 };
}

const q2 = report(
  "2024-25-q2",
  {
    period: "2024/25 Q2",
    published: "2024-11-05",
    milestones: { "CS1-M1": { status: "on track" }, "WS1-M1": { status: "complete", completed: "2024-09-20" } },
    measures: { "CS1-K1": { value: 14 } },
    savings: [{ action: "WS1", year: "2024/25", delivered: 20000 }],
  },
  "The portal is being tested with 200 households.",
);

const q3 = report(
  "2024-25-q3",
  {
    period: "2024/25 Q3",
    published: "2025-02-11",
    milestones: {
      "CS1-M1": { status: "delayed", revised_due: "2025-03-31", note: "The supplier's release slipped by three months." },
      "CS1-M2": { status: "on track" },
    },
    measures: { "CS1-K1": { value: 21 } },
  },
  "The portal will now go live in March.",
);

const summer = report(
  "2025-26-q1",
  {
    period: "2025/26 Q1",
    published: "2025-07-17",
    milestones: {
      "CS1-M1": { status: "complete", completed: "2025-03-28" },
      "WS1-M3": { status: "cancelled", note: "The neighbouring councils withdrew." },
    },
  },
  "The portal went live in March.",
);

/** The council as loaded, for tests that change one thing before deriving it. */
export function wrenmoorLoaded(options: { more?: boolean } = {}): LoadedCouncil {
  const ws1More: ActionFile = {
    ...ws1,
    milestones: [
      ...(ws1.milestones ?? []),
      { id: "WS1-M2", title: "Agency spend reviewed every quarter", due: "ongoing" },
      { id: "WS1-M3", title: "Shared agency contract with neighbours", due: "2025/26" },
    ],
  };
  return {
    slug: "wrenmoor",
    folder: "councils/wrenmoor",
    council: located("council.yaml", councilFile),
    plan: located("plan.yaml", planFile),
    actions: [located("actions/CS1.yaml", cs1), located("actions/WS1.yaml", options.more ? ws1More : ws1)],
    updates: options.more ? [q2, q3, summer] : [q2, q3],
  };
}

export function wrenmoor(options: { more?: boolean } = {}): CouncilView {
  return deriveCouncil(wrenmoorLoaded(options), settings.asOf);
}
