import { apiRoute } from "@/lib/api/route";
import * as sections from "@/lib/api/v1/routes/sections";

export const POST = apiRoute(sections.postMove);
