import type { DraftComment } from "@/lib/draft/comments";
import { formatViDateTime } from "@/lib/text/datetime";
import { CommentForm } from "./comment-form";
import { ResolveCommentButton } from "./resolve-comment-button";

/**
 * The leaders' comments (góp ý) beside the opened version: open ones first (with the version
 * and heading they were made on), then those marked done, folded. Leaders write them;
 * planners mark them done.
 */
export function CommentsPanel(props: {
  version: { id: number; number: number };
  comments: DraftComment[];
  headings: { id: string; text: string }[];
  canComment: boolean;
  canResolve: boolean;
}) {
  const open = props.comments.filter((c) => !c.resolvedAt);
  const done = props.comments.filter((c) => c.resolvedAt);
  return (
    <section aria-labelledby="comments-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="comments-heading" className="text-sm font-semibold">
        Góp ý của lãnh đạo {open.length > 0 && <span className="text-amber-800">({open.length} chưa xử lý)</span>}
      </h2>
      {open.length === 0 && <p className="text-sm text-slate-600">Không có góp ý nào chưa xử lý.</p>}
      <ul className="space-y-2">
        {open.map((c) => (
          <li
            key={c.id}
            data-comment={c.id}
            className="space-y-1 rounded border-l-4 border-amber-400 bg-amber-50 p-2 text-sm"
          >
            <p className="text-xs text-slate-600">
              {c.authorName} · phiên bản {c.versionNumber} · {formatViDateTime(c.createdAt)}
            </p>
            <p className="text-xs font-medium text-slate-700">{c.quote ? `Mục: ${c.quote}` : "Toàn bộ báo cáo"}</p>
            <p className="whitespace-pre-line text-slate-900">{c.text}</p>
            {props.canResolve && <ResolveCommentButton commentId={c.id} />}
          </li>
        ))}
      </ul>
      {done.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-700">Đã xử lý ({done.length})</summary>
          <ul className="mt-2 space-y-2">
            {done.map((c) => (
              <li
                key={c.id}
                data-comment={c.id}
                className="space-y-1 rounded border-l-4 border-slate-300 p-2 text-slate-700"
              >
                <p className="text-xs text-slate-600">
                  {c.authorName} · phiên bản {c.versionNumber} · {c.quote ? `Mục: ${c.quote}` : "Toàn bộ báo cáo"}
                </p>
                <p className="whitespace-pre-line">{c.text}</p>
                <p className="text-xs text-emerald-800">
                  Đã xử lý: {c.resolvedByName} · {formatViDateTime(c.resolvedAt!)}
                </p>
              </li>
            ))}
          </ul>
        </details>
      )}
      {props.canComment && <CommentForm version={props.version} headings={props.headings} />}
    </section>
  );
}
