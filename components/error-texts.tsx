"use client";
// The texts of the portal's error page, translated on the server and handed down by the portal layout (which
// wraps the error boundary): importing the catalogues into the client boundary would send every message of
// every feature to the browser on every page.
import { createContext, useContext } from "react";

export type ErrorTexts = { title: string; text: string; tryAgain: string };

// Without the layout (never in the portal), the keys show, as for any missing message.
const ErrorTextsContext = createContext<ErrorTexts>({
  title: "errors.unexpectedTitle",
  text: "errors.unexpected",
  tryAgain: "errors.tryAgain",
});

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: React.ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>;
}

export function useErrorTexts(): ErrorTexts {
  return useContext(ErrorTextsContext);
}
