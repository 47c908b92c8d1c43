import { apiRoute } from "@/lib/api/route";
import * as tokens from "@/lib/api/v1/routes/tokens";

export const DELETE = apiRoute(tokens.DELETE);
