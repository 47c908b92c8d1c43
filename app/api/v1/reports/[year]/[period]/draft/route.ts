import { apiRoute } from "@/lib/api/route";
import * as reportDraft from "@/lib/api/v1/routes/report-draft";

export const GET = apiRoute(reportDraft.GET);
