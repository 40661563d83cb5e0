/**
 * The outputs tests' council: the minimal fixture (tests/fixtures/minimal), and, when asked, the same with the
 * cases the outputs must handle beyond it: an ongoing milestone, one due in a financial year and then
 * cancelled, and a third update published in British Summer Time.
 */
import { deriveCouncil, type CouncilView } from "../../lib/derive/council.ts";
import { loadContent, type LoadedCouncil } from "../../lib/load/content.ts";
import { SourceMap } from "../../lib/load/yaml.ts";

/** A GitHub Pages style address: the site lives under /plans/. */
export const settings = {
  siteUrl: "https://example.github.io",
  pathPrefix: "/plans/",
  asOf: "2025-08-01",
  asOfTimestamp: "2025-08-01T11:00:00Z",
};

function minimal(): LoadedCouncil {
  const content = loadContent("tests/fixtures/minimal");
  const council = content.councils[0];
  if (content.errors.length > 0 || !council) throw new Error(`The minimal fixture did not load: ${JSON.stringify(content.errors)}`);
  return council;
}

export function wrenmoor(options: { more?: boolean } = {}): CouncilView {
  const loaded = minimal();
  if (!options.more) return deriveCouncil(loaded, settings.asOf);
  const actions = loaded.actions.map((action) =>
    action.data.id === "WS1"
      ? {
          ...action,
          data: {
            ...action.data,
            milestones: [
              ...action.data.milestones,
              { id: "WS1-M2", title: "Agency spend reviewed every quarter", due: "ongoing" },
              { id: "WS1-M3", title: "Shared agency contract with neighbours", due: "2025/26" },
            ],
          },
        }
      : action,
  );
  const summerUpdate = {
    file: "updates/2025-26-q1.md",
    sourceMap: new SourceMap(""),
    narrative: "The portal went live in March.",
    narrativeLine: 1,
    data: {
      quarter: "2025/26 Q1",
      published: "2025-07-17",
      milestones: {
        "CS1-M1": { status: "complete" as const, completed: "2025-03-28" },
        "WS1-M3": { status: "cancelled" as const, note: "The neighbouring councils withdrew." },
      },
    },
  };
  return deriveCouncil({ ...loaded, actions, updates: [...loaded.updates, summerUpdate] }, settings.asOf);
}
