import { apiRoute } from "@/lib/api/route";
import * as departments from "@/lib/api/v1/routes/departments";

export const POST = apiRoute(departments.postEnd);
