/** The SVG charts and the tables beside them (lib/charts/): one council's figures, drawn and tabled. */
export { statusDistributionChart as statusChart, statusDistributionTable as statusChartTable } from "../charts/status-distribution.ts";
export { savingsChart, savingsTable as savingsChartTable } from "../charts/savings.ts";
export { measureChart, measureTable as measureChartTable } from "../charts/measure.ts";
export { roadmapChart, roadmapTable as roadmapChartTable } from "../charts/roadmap.ts";
export { actionTimelineChart, actionTimelineTable as actionTimelineChartTable } from "../charts/action-timeline.ts";
