/**
 * The four questions the Government asked every productivity plan to answer (docs/domain.md), which the scaffolder
 * writes into a new plan.yaml as its themes for the council to keep, rename or replace. The site never supplies
 * them: a plan's themes are its own.
 */
import type { Theme } from "../schema/index.ts";

export const defaultThemes: Theme[] = [
  {
    id: "services",
    title: "Transforming services",
    summary: "How services have been transformed to make better use of resources.",
  },
  {
    id: "technology",
    title: "Technology and data",
    summary: "How technology and data are used to improve decision making, service design and use of resources.",
  },
  {
    id: "waste",
    title: "Reducing wasteful spend",
    summary: "Plans to reduce wasteful spend within the organisation and its systems.",
  },
  {
    id: "barriers",
    title: "Barriers to progress",
    summary: "Barriers preventing progress that the Government can help to reduce or remove.",
  },
];
