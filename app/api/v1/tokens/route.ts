import { apiRoute } from "@/lib/api/route";
import * as tokens from "@/lib/api/v1/routes/tokens";

export const GET = apiRoute(tokens.GET);
export const POST = apiRoute(tokens.POST);
