/**
 * The words a scaffolded update's narrative starts with. The file passes the check as written, so that an
 * officer can preview it at once; a warning (lib/validate/warnings.ts) points at it until it is replaced.
 */
export const placeholderText = "Replace this paragraph";
