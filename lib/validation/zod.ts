/**
 * zod with Vietnamese messages. Every schema of the app imports `z` from here (ESLint refuses a
 * value import of "zod" anywhere else), so the messages zod writes itself (a wrong type, a text too
 * short, an unknown field) are Vietnamese on the server and in the browser alike. A schema's own
 * message still wins: zod asks the schema first, then `customError`, then the locale.
 */
import { z } from "zod";
import { vi } from "zod/locales";
import { viIssueMessage } from "./messages-vi";

z.config({ ...vi(), customError: viIssueMessage });

export { z };
