import { FIGURE_FIELD_LABELS } from "@/lib/draft/figures";
import type { Run } from "@/lib/draft/model";
import { periodShortLabel } from "@/lib/periods";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A paragraph's runs as the editable HTML: plain text, and each figure as an atomic chip
 * (not editable in place: it is edited in its panel, deleted with Backspace like a word).
 */
export function runsHtml(runs: Run[], names: Record<string, string> = {}): string {
  return runs
    .map((run, i) => {
      if (run.result) return resultHtml(run, i);
      if (!run.figure) return escapeHtml(run.text);
      const f = run.figure;
      const title = `${names[f.indicator] ?? f.indicator} · ${FIGURE_FIELD_LABELS[f.field]} · ${periodShortLabel(f.period)}/${f.year} · khi tạo: ${f.generated} · nhấn để xem số liệu gốc`;
      return `<span class="draft-figure" data-fig="${i}" contenteditable="false" tabindex="0" role="button" title="${escapeHtml(title)}">${escapeHtml(run.text)}</span>`;
    })
    .join("");
}

/** A result item's text: editable in place, linked to the department's month where it was entered (named on hover). */
function resultHtml(run: Run, i: number): string {
  const r = run.result!;
  const title = `Kết quả do đơn vị ${r.department} nhập tháng ${r.month}/${r.year} (/entry/${r.department}/${r.year}/${r.month})`;
  return `<span class="draft-result" data-res="${i}" data-href="/entry/${escapeHtml(r.department)}/${r.year}/${r.month}" title="${escapeHtml(title)}">${escapeHtml(run.text)}</span>`;
}

/**
 * Reads the edited DOM back into runs: text typed anywhere is plain text; a figure chip keeps
 * its link (with its text); a deleted chip is simply gone, and its link with it.
 */
export function parseRuns(root: HTMLElement, mounted: Run[]): Run[] {
  const out: Run[] = [];
  const pushText = (raw: string) => {
    const text = raw.replace(/\u00a0/g, " ");
    if (!text) return;
    const last = out.at(-1);
    if (last && !last.figure && !last.result) last.text += text;
    else out.push({ text });
  };
  root.childNodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) return pushText(node.textContent ?? "");
    if (!(node instanceof HTMLElement)) return;
    const index = node.dataset.fig;
    const figure = index !== undefined ? mounted[Number(index)]?.figure : undefined;
    const result = node.dataset.res !== undefined ? mounted[Number(node.dataset.res)]?.result : undefined;
    if (figure && node.textContent) out.push({ text: node.textContent, figure });
    else if (result && node.textContent) out.push({ text: node.textContent.replace(/\u00a0/g, " "), result });
    else pushText(node.textContent ?? "");
  });
  return out;
}

/** Pasted text goes in as plain text (no markup from Word or the web). */
export function pastePlainText(event: React.ClipboardEvent) {
  event.preventDefault();
  document.execCommand("insertText", false, event.clipboardData.getData("text/plain").replace(/\s*\n\s*/g, " "));
}
