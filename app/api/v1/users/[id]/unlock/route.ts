import { apiRoute } from "@/lib/api/route";
import * as users from "@/lib/api/v1/routes/users";

export const POST = apiRoute(users.postUnlock);
