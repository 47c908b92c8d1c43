import { workflowRoute } from "@/lib/api/workflow-route";

export const dynamic = "force-dynamic";

export const POST = workflowRoute("reopen");
