/** Site settings from the environment (README.md names them), read once per process. */
import { readSettings } from "../lib/settings.ts";

export const settings = readSettings(process.env);
