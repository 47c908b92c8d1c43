import { getDb } from "@/db/client";
import { auditLines, auditUsers, type AuditLine } from "@/lib/audit/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { formatViDateTime } from "@/lib/text/datetime";
import type { SearchParams } from "../../_components/page-params";

export const metadata = { title: "Nhật ký thay đổi" };

const LIMIT = 200;

const json = (v: unknown) => (v === null || v === undefined ? "—" : JSON.stringify(v, null, 1));

function Entry({ line }: { line: AuditLine }) {
  const { phrase } = line;
  return (
    <tr className="border-t border-slate-100 align-top" data-action={line.action}>
      <td className="px-3 py-2 whitespace-nowrap text-slate-600">{formatViDateTime(line.at)}</td>
      <td className="px-3 py-2">
        <p data-testid="audit-sentence">
          {phrase.subject && <strong className="font-semibold">{phrase.subject}</strong>} {phrase.text}
        </p>
        {phrase.changes.length > 0 && (
          <ul className="mt-1 space-y-0.5 text-slate-700">
            {phrase.changes.map((c, i) => (
              <li key={i}>
                <span className="text-slate-600">{c.label}:</span>{" "}
                {c.before !== null && (
                  <>
                    <del className="text-slate-500">{c.before}</del> →{" "}
                  </>
                )}
                <span className="font-medium">{c.after ?? "(bỏ trống)"}</span>
              </li>
            ))}
          </ul>
        )}
        {line.reason && <p className="mt-1 text-slate-700">Lý do: {line.reason}</p>}
        <details className="mt-1 text-xs text-slate-600">
          <summary className="cursor-pointer select-none">Chi tiết kỹ thuật</summary>
          <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5">
            <dt>Thao tác</dt>
            <dd className="font-mono">{line.action}</dd>
            <dt>Đối tượng</dt>
            <dd className="font-mono">
              {line.entity} {line.entityId}
            </dd>
            <dt>Tài khoản</dt>
            <dd className="font-mono">{line.username ?? "hệ thống"}</dd>
            <dt>Trước</dt>
            <dd className="font-mono break-all whitespace-pre-wrap">{json(line.before)}</dd>
            <dt>Sau</dt>
            <dd className="font-mono break-all whitespace-pre-wrap">{json(line.after)}</dd>
          </dl>
        </details>
      </td>
    </tr>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePageUser("audit.view");
  const db = getDb();
  const user = (await searchParams).user;
  const username = typeof user === "string" && user !== "" ? user : undefined;
  const lines = auditLines(db, { user: username, limit: LIMIT });
  const people = auditUsers(db);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Nhật ký thay đổi</h1>
          <p className="text-sm text-slate-600">
            {username
              ? `Thay đổi của ${people.find((p) => p.username === username)?.label ?? username} (${LIMIT} gần nhất).`
              : `${LIMIT} thay đổi gần nhất: ai đã làm gì, lúc nào, giá trị trước và sau, lý do.`}
          </p>
        </div>
        <form method="get" className="flex w-full max-w-md min-w-0 items-end gap-2 text-sm sm:w-auto">
          <label className="flex min-w-0 flex-1 flex-col">
            <span className="text-xs text-slate-600">Người thực hiện</span>
            <select
              name="user"
              defaultValue={username ?? ""}
              className="w-full min-w-0 rounded border border-slate-300 bg-white px-2 py-1.5 sm:w-80"
            >
              <option value="">Tất cả</option>
              {people.map((p) => (
                <option key={p.username} value={p.username}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800"
          >
            Lọc
          </button>
        </form>
      </div>
      {lines.length === 0 ? (
        <p className="text-slate-600">Chưa có thay đổi nào.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Lúc
                </th>
                <th scope="col" className="px-3 py-2">
                  Nội dung
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <Entry key={line.id} line={line} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
