import { apiRoute } from "@/lib/api/route";
import * as preferences from "@/lib/api/v1/routes/preferences";

export const PUT = apiRoute(preferences.PUT);
