"use client";

// `common` hands the element its ref and the handlers that read it; nothing reads `ref.current`
// while rendering, but the compiler's check cannot see through the spread object.
/* eslint-disable react-hooks/refs */

import { useEffect, useRef, useState } from "react";
import type { FigureFlagKind } from "@/lib/draft/flags";
import type { DraftBlock, Run } from "@/lib/draft/model";
import { parseRuns, pastePlainText, runsHtml } from "./runs-dom";

const HEADING_CLASS = {
  1: "text-base font-bold uppercase",
  2: "text-base font-bold",
  3: "text-base font-semibold italic",
} as const;

/**
 * One block of the draft, edited in place. The DOM is the editor's while it has focus: React
 * writes it once (per `key`) and reads it back on every input, so the caret never jumps.
 */
export function EditableBlock(props: {
  block: DraftBlock;
  editable: boolean;
  /** the flags of the block's figures, in order */
  flags: FigureFlagKind[][];
  onChange: (block: DraftBlock) => void;
  /** opens a figure's panel; `focus`: the panel takes the keyboard (opened with Enter or Space, not by a click) */
  onFigure: (blockId: string, ordinal: number, focus: boolean) => void;
  /** removes a paragraph the planner wrote (Backspace in it when empty) */
  onRemove: (blockId: string) => void;
  autoFocus?: boolean;
  headingAction?: React.ReactNode;
  /** indicator names by code, for a figure's hover text */
  names?: Record<string, string>;
}) {
  const { block } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [mounted] = useState(() => ({
    runs: block.type === "paragraph" ? block.runs : [],
    html: block.type === "paragraph" ? runsHtml(block.runs, props.names) : null,
    text: block.type === "heading" ? block.text : "",
  }));

  useEffect(() => {
    const chips = ref.current?.querySelectorAll<HTMLElement>("[data-fig]") ?? [];
    chips.forEach((chip, i) => {
      const kinds = props.flags[i] ?? [];
      if (kinds.length) chip.setAttribute("data-flag", kinds.join(" "));
      else chip.removeAttribute("data-flag");
    });
  });

  useEffect(() => {
    if (props.autoFocus) ref.current?.focus();
  }, [props.autoFocus]);

  function onInput() {
    const el = ref.current!;
    if (block.type === "heading") props.onChange({ ...block, text: (el.textContent ?? "").replace(/\u00a0/g, " ") });
    else props.onChange({ ...block, runs: parseRuns(el, mounted.runs as Run[]) });
  }

  function chipOf(target: EventTarget | null): HTMLElement | null {
    const chip = (target as HTMLElement | null)?.closest?.<HTMLElement>("[data-fig]");
    return chip && ref.current?.contains(chip) ? chip : null;
  }

  function figureOrdinal(target: EventTarget | null): number | null {
    const chip = chipOf(target);
    if (!chip || !ref.current) return null;
    return [...ref.current.querySelectorAll("[data-fig]")].indexOf(chip);
  }

  /**
   * Puts the caret in the text just after a chip: a click on a figure (or typing on a chip
   * reached with Tab) must leave the keyboard in the paragraph, where what is typed next belongs.
   */
  function caretAfter(chip: HTMLElement) {
    const host = ref.current;
    if (!host) return;
    host.focus({ preventScroll: true });
    const range = document.createRange();
    range.setStartAfter(chip);
    range.collapse(true);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }

  const common = {
    ref,
    contentEditable: props.editable,
    suppressContentEditableWarning: true,
    onInput,
    onPaste: pastePlainText,
    onKeyDown: (e: React.KeyboardEvent) => {
      const ordinal = figureOrdinal(e.target);
      if (ordinal !== null && ordinal >= 0 && (e.key === "Enter" || e.key === " ")) {
        e.preventDefault();
        props.onFigure(block.id, ordinal, true);
      } else if (ordinal !== null && props.editable && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
        // a letter typed on a chip goes into the text after it (the chip itself takes no text)
        caretAfter(chipOf(e.target)!);
      } else if (e.key === "Enter") e.preventDefault();
      else if (
        e.key === "Backspace" &&
        block.type === "paragraph" &&
        block.origin === "text" &&
        !ref.current?.textContent
      ) {
        e.preventDefault();
        props.onRemove(block.id);
      }
    },
    onMouseDown: (e: React.MouseEvent) => {
      const chip = props.editable && e.button === 0 ? chipOf(e.target) : null;
      if (!chip) return;
      // the chip would take the focus (and the keystrokes after it): keep the caret in the text
      e.preventDefault();
      caretAfter(chip);
    },
    onClick: (e: React.MouseEvent) => {
      const ordinal = figureOrdinal(e.target);
      if (ordinal !== null && ordinal >= 0) props.onFigure(block.id, ordinal, false);
    },
    className: "rounded px-1 py-0.5 outline-none focus:bg-white focus:ring-2 focus:ring-brand-600/40",
  } as const;

  if (block.type === "heading") {
    return (
      <div className="mt-4 flex flex-wrap items-start justify-between gap-2" data-block={block.id}>
        <div
          {...common}
          role={props.editable ? "textbox" : "heading"}
          aria-level={props.editable ? undefined : block.level}
          aria-label={props.editable ? `Tiêu đề mục ${block.section ?? ""}` : undefined}
          className={`${common.className} min-w-0 flex-1 ${HEADING_CLASS[block.level]}`}
        >
          {mounted.text}
        </div>
        {props.headingAction}
      </div>
    );
  }
  return (
    <div
      {...common}
      data-block={block.id}
      role={props.editable ? "textbox" : undefined}
      aria-multiline={props.editable ? true : undefined}
      aria-label={props.editable ? (block.origin === "text" ? "Đoạn văn do chuyên viên viết" : "Đoạn văn") : undefined}
      data-placeholder={block.origin === "text" ? "Nhập nội dung đoạn văn…" : undefined}
      className={`${common.className} indent-8 leading-relaxed sm:text-justify ${block.origin === "text" ? "min-h-7 empty:before:text-slate-400 empty:before:content-[attr(data-placeholder)]" : ""}`}
      dangerouslySetInnerHTML={{ __html: mounted.html! }}
    />
  );
}
