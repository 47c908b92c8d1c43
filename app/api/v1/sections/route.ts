import { apiRoute } from "@/lib/api/route";
import * as sections from "@/lib/api/v1/routes/sections";

export const GET = apiRoute(sections.GET);
export const POST = apiRoute(sections.POST);
