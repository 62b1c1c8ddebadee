"use client";
// Unexpected errors: logged on the server; the user gets a plain message and a way to try again.
import { useEffect } from "react";
import { useErrorTexts } from "@/components/error-texts";

export default function PortalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => console.error(error), [error]);
  const texts = useErrorTexts();
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-6">
      <h1 className="text-xl font-bold">{texts.title}</h1>
      <p className="mt-2">{texts.text}</p>
      {error.digest && <p className="mt-2 text-xs text-muted">{error.digest}</p>}
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded bg-brand-700 px-4 py-2 font-semibold text-white"
      >
        {texts.tryAgain}
      </button>
    </div>
  );
}
