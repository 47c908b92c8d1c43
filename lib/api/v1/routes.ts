import "server-only";
import type { ApiRequest } from "@/lib/api/v1/api-request";
import * as departments from "./routes/departments";
import * as indicatorTemplate from "./routes/indicator-template";
import * as indicators from "./routes/indicators";
import * as planTargets from "./routes/plan-targets";
import * as plans from "./routes/plans";
import * as reportDraft from "./routes/report-draft";
import * as reportExport from "./routes/report-export";
import * as report from "./routes/report";
import * as submissionImport from "./routes/submission-import";
import * as submissionTemplate from "./routes/submission-template";
import * as submissionValues from "./routes/submission-values";
import { workflowRoute } from "./routes/submission-workflow";
import * as submission from "./routes/submission";

export type ApiMethod = "GET" | "POST" | "PUT";
/** A route's handler: a web Request in, a Response out; path parameters as Next.js route handlers get them. */
export type ApiHandler = (request: ApiRequest, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;

export interface ApiRoute {
  method: ApiMethod;
  /** "/api/v1/reports/:year/:period": a ":name" segment matches one path segment */
  pattern: string;
  handler: ApiHandler;
}

function route<P>(method: ApiMethod, pattern: string, handler: (request: ApiRequest, context: { params: Promise<P> }) => Response | Promise<Response>): ApiRoute {
  return { method, pattern, handler: handler as unknown as ApiHandler };
}

const SUBMISSION = "/api/v1/submissions/:dept/:year/:month";

/** Every route of the JSON API (docs/api.md). */
export const API_ROUTES: readonly ApiRoute[] = [
  route("POST", "/api/v1/plans", plans.POST),
  route("PUT", "/api/v1/plans/:year/targets", planTargets.PUT),
  route("POST", "/api/v1/departments", departments.POST),
  route("GET", "/api/v1/indicators", indicators.GET),
  route("POST", "/api/v1/indicators", indicators.POST),
  route("GET", "/api/v1/indicators/:code/template", indicatorTemplate.GET),
  route("PUT", "/api/v1/indicators/:code/template", indicatorTemplate.PUT),
  route("GET", SUBMISSION, submission.GET),
  route("PUT", `${SUBMISSION}/values`, submissionValues.PUT),
  route("POST", `${SUBMISSION}/submit`, workflowRoute("submit")),
  route("POST", `${SUBMISSION}/approve`, workflowRoute("approve")),
  route("POST", `${SUBMISSION}/return`, workflowRoute("return")),
  route("POST", `${SUBMISSION}/reopen`, workflowRoute("reopen")),
  route("POST", `${SUBMISSION}/import`, submissionImport.POST),
  route("GET", `${SUBMISSION}/template`, submissionTemplate.GET),
  route("GET", "/api/v1/reports/:year/:period", report.GET),
  route("GET", "/api/v1/reports/:year/:period/export", reportExport.GET),
  route("GET", "/api/v1/reports/:year/:period/draft", reportDraft.GET),
];
