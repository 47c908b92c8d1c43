import { getDb } from "@/db/client";
import { answerTag, notModified, taggedHeaders } from "@/lib/api/etag";
import { hiddenYearResponse } from "@/lib/api/report-request";
import { COUNTING_ERROR, countingParam, reportPath, type ReportPathParams } from "@/lib/api/report-params";
import { jsonError, requireApiUser } from "@/lib/auth/guards";
import { loadHouseStyle } from "@/lib/draft/house-style-store";
import { dashboardShown } from "@/lib/export/dashboard-source";
import { buildDashboardXlsx, dashboardFileName } from "@/lib/export/dashboard-xlsx";
import { EXPORT_MIME, attachmentDisposition } from "@/lib/export/filename";
import { dashboardStatusParam } from "@/lib/reports/dashboard-list";
import { dashboardModel } from "@/lib/reports/dashboard-model";

/**
 * GET /api/v1/reports/{year}/{period}/dashboard/export[?counting=…][&section=…][&department=…][&status=…]
 * The dashboard's "Xuất Excel": what the page shows for the same filters (the status counts and
 * the list, with each indicator's status and its reason), from the page's own model. Read-only;
 * those who see the dashboard (leader, planner, admin); a year in preparation the caller may
 * not see is answered as a year without a plan. An unknown status is the default list, as on the page.
 */
export async function GET(request: Request, { params }: ReportPathParams) {
  const auth = await requireApiUser(request, "dashboard.view");
  if (!auth.ok) return auth.response;
  const path = await reportPath(params);
  if (!path.ok) return path.response;
  const hidden = hiddenYearResponse(auth.user, path.year);
  if (hidden) return hidden;
  const url = new URL(request.url);
  const counting = countingParam(url);
  if (!counting) return jsonError(422, COUNTING_ERROR);
  const tag = answerTag(request, auth.user);
  const unchanged = notModified(request, tag);
  if (unchanged) return unchanged;
  const filters = {
    year: path.year,
    period: path.period,
    counting,
    section: (url.searchParams.get("section") ?? "").slice(0, 20),
    department: (url.searchParams.get("department") ?? "").slice(0, 30),
  };
  const db = getDb();
  const shown = dashboardShown(
    dashboardModel(db, filters),
    filters,
    dashboardStatusParam(url.searchParams.get("status")),
    loadHouseStyle(db).style.pctDecimals,
  );
  return new Response(new Uint8Array(await buildDashboardXlsx(shown)), {
    headers: {
      "content-type": EXPORT_MIME.xlsx,
      "content-disposition": attachmentDisposition(dashboardFileName(shown)),
      ...taggedHeaders(tag),
    },
  });
}
