// Renders stored formatted text after sanitising it again: what reaches the page can never carry a script.
import { sanitizeAnswerHtml } from "@/lib/sanitize-html";

export function SafeHtml({ html, className = "" }: { html: string; className?: string }) {
  return (
    <div
      className={`prose-answer ${className}`}
      dangerouslySetInnerHTML={{ __html: sanitizeAnswerHtml(html) }}
    />
  );
}
