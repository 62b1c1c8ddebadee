"use client";
// Opens the browser's print dialog (the page's print styles hide navigation).
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-gray-400 px-4 py-2 font-medium hover:bg-gray-50"
    >
      {label}
    </button>
  );
}
