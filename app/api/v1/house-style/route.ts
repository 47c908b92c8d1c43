import { apiRoute } from "@/lib/api/route";
import * as houseStyle from "@/lib/api/v1/routes/house-style";

export const GET = apiRoute(houseStyle.GET);
export const PUT = apiRoute(houseStyle.PUT);
