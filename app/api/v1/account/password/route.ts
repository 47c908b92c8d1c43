import { apiRoute } from "@/lib/api/route";
import * as account from "@/lib/api/v1/routes/account";

export const PUT = apiRoute(account.putPassword);
