"use client";
// A small formatted-text editor (bold, italic, lists, templates) that writes its HTML into a hidden form field.
// The server sanitises whatever arrives; this only makes writing pleasant and keyboard-usable.
import { useEffect, useId, useRef, useState } from "react";

type Format = "bold" | "italic" | "insertUnorderedList" | "insertOrderedList";

export type RichTextEditorLabels = Record<
  "toolbar" | "bold" | "italic" | "bulletList" | "numberedList" | "insertTemplate" | "chooseTemplate",
  string
>;

const BUTTONS: { format: Format; label: keyof RichTextEditorLabels; face: React.ReactNode }[] = [
  { format: "bold", label: "bold", face: <strong>B</strong> },
  { format: "italic", label: "italic", face: <em className="font-serif">I</em> },
  { format: "insertUnorderedList", label: "bulletList", face: "•≡" },
  { format: "insertOrderedList", label: "numberedList", face: "1≡" },
];

export function RichTextEditor({
  id,
  name,
  label,
  initialHtml,
  labels,
  templates = [],
  describedBy,
  invalid = false,
}: {
  id: string;
  name: string;
  label: string;
  /** already sanitised by the server */
  initialHtml: string;
  labels: RichTextEditorLabels;
  templates?: { id: number; name: string; body: string }[];
  describedBy?: string;
  invalid?: boolean;
}) {
  const editorRef = useRef<HTMLDivElement>(null);
  const range = useRef<Range | null>(null);
  const [html, setHtml] = useState(initialHtml);
  const [active, setActive] = useState<Partial<Record<Format, boolean>>>({});
  const labelId = useId();

  // Remember where the caret was, so a toolbar button used from the keyboard formats the right text.
  useEffect(() => {
    function track() {
      const selection = document.getSelection();
      const editor = editorRef.current;
      if (!selection?.rangeCount || !editor?.contains(selection.anchorNode)) return;
      range.current = selection.getRangeAt(0).cloneRange();
      setActive(
        Object.fromEntries(BUTTONS.map(({ format }) => [format, document.queryCommandState(format)])),
      );
    }
    document.addEventListener("selectionchange", track);
    return () => document.removeEventListener("selectionchange", track);
  }, []);

  function onFocus() {
    // New lines become <p> (not the browser's default <div>, which the server's sanitiser would flatten).
    document.execCommand("defaultParagraphSeparator", false, "p");
  }

  function sync() {
    setHtml(editorRef.current?.innerHTML ?? "");
  }

  function apply(format: Format) {
    const editor = editorRef.current;
    if (!editor) return;
    editor.focus();
    const selection = document.getSelection();
    if (range.current && selection) {
      selection.removeAllRanges();
      selection.addRange(range.current);
    }
    // execCommand is deprecated but still the only built-in way to format a contenteditable without a library.
    document.execCommand(format);
    sync();
  }

  function insertTemplate(event: React.ChangeEvent<HTMLSelectElement>) {
    const template = templates.find((t) => String(t.id) === event.target.value);
    event.target.value = "";
    const editor = editorRef.current;
    if (!template || !editor) return;
    // An empty draft takes the template as it is; otherwise it is added at the end.
    editor.innerHTML = editor.textContent?.trim() ? editor.innerHTML + template.body : template.body;
    sync();
    editor.focus();
  }

  // Arrow keys move between toolbar buttons, as in any toolbar.
  function onToolbarKey(event: React.KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    const buttons = Array.from(event.currentTarget.querySelectorAll("button"));
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const next = buttons[(index + (event.key === "ArrowRight" ? 1 : buttons.length - 1)) % buttons.length];
    next?.focus();
    event.preventDefault();
  }

  return (
    <div>
      <span id={labelId} className="block text-sm font-medium">
        {label}
      </span>
      <div className="mt-1 rounded border border-gray-400 bg-white">
        <div
          role="toolbar"
          aria-label={labels.toolbar}
          aria-controls={id}
          onKeyDown={onToolbarKey}
          className="flex flex-wrap items-center gap-1 border-b border-gray-300 bg-gray-50 p-1"
        >
          {BUTTONS.map((button) => (
            <button
              key={button.format}
              type="button"
              aria-pressed={active[button.format] ?? false}
              title={labels[button.label]}
              onMouseDown={(event) => event.preventDefault()} // keep the text selected
              onClick={() => apply(button.format)}
              className="min-w-9 rounded px-2 py-1 text-sm hover:bg-gray-200 aria-pressed:bg-gray-300"
            >
              <span aria-hidden="true">{button.face}</span>
              <span className="sr-only">{labels[button.label]}</span>
            </button>
          ))}
          {templates.length > 0 && (
            <label className="ml-auto flex min-w-0 max-w-full items-center gap-1 text-sm">
              <span className="shrink-0">{labels.insertTemplate}</span>
              <select
                onChange={insertTemplate}
                defaultValue=""
                className="min-w-0 max-w-full rounded border border-gray-400 px-1 py-1"
              >
                <option value="">{labels.chooseTemplate}</option>
                {templates.map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        <div
          ref={editorRef}
          id={id}
          role="textbox"
          aria-multiline="true"
          aria-labelledby={labelId}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          contentEditable
          onFocus={onFocus}
          onInput={sync}
          onBlur={sync}
          dangerouslySetInnerHTML={{ __html: initialHtml }}
          className="prose-answer min-h-48 px-3 py-2 text-base"
        />
      </div>
      <input type="hidden" name={name} value={html} />
    </div>
  );
}
