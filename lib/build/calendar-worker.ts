/**
 * Writes each council's milestone calendar on a worker thread (started by startCalendars in downloads.ts), on
 * the core Eleventy leaves free: ical-generator's line folding takes about 20 ms per council.
 */
import { parentPort, workerData } from "node:worker_threads";
import { writeCalendars, type CalendarFile } from "./downloads.ts";

const { folder, calendars } = workerData as { folder: string; calendars: CalendarFile[] };
parentPort?.postMessage(writeCalendars(folder, calendars));
