// Server-action ids of the production build, read from Next's server-reference manifest (the ids the pages'
// client JavaScript sends in the Next-Action header), so scripts can call an action exactly as a browser does.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./processes";

type Manifest = {
  node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }>;
  encryptionKey?: string;
};

function manifest(): Manifest {
  return JSON.parse(
    readFileSync(path.join(ROOT, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as Manifest;
}

/** The id of `exportedName` from `filename` (relative to the project, e.g. "app/(portal)/proposals/actions.ts"). */
export function actionId(filename: string, exportedName: string): string {
  const entries = Object.entries(manifest().node);
  const found = entries.find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  );
  if (!found)
    throw new Error(`no server action ${exportedName} in ${filename} in this build (.next is stale?)`);
  return found[0];
}

/** The key Next embedded in this build to encrypt closed-over action arguments (the same for every instance). */
export function buildEncryptionKey(): string | undefined {
  return manifest().encryptionKey;
}

export const PROPOSAL_ACTIONS = "app/(portal)/proposals/actions.ts";
