import { apiMutation } from "@/lib/api/handler";
import { DomainError } from "@/lib/errors";
import { PLAN_EDITOR_ROLES } from "@/lib/admin/permissions";
import { putTargetsSchema } from "@/lib/admin/schemas";
import { setTargets } from "@/lib/admin/set-targets";

/**
 * PUT /api/v1/plans/{year}/targets {"targets":[{"indicator","source","value"|"min"|"max","version"?}]}:
 * all or nothing; 422 with an error per item; 409 closed year or a changed target (admin; planners where allowed).
 */
export async function PUT(request: Request, { params }: { params: Promise<{ year: string }> }) {
  return apiMutation(
    request,
    {
      roles: PLAN_EDITOR_ROLES,
      schema: putTargetsSchema,
      resolve: async () => {
        const year = Number((await params).year);
        if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new DomainError(404, "Năm không hợp lệ");
        return year;
      },
    },
    ({ user, key: year, input, tx }) => ({
      year,
      targets: setTargets(
        tx,
        user,
        year,
        input.targets.map((t) => ({ indicator: t.indicator, source: t.source, target: { value: t.value, min: t.min, max: t.max }, version: t.version })),
      ),
    }),
  );
}
