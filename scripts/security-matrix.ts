// `npm run security:matrix`: writes the authorization matrix (tests/security/authorization-table.ts) into
// docs/security.md between its markers, formatted as Prettier formats the rest of the docs.
// tests/unit/security-matrix.test.ts fails while the two differ.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import prettier from "prettier";
import { matrixMarkdown } from "../tests/security/authorization-table";

export const DOC = path.resolve(import.meta.dirname, "../docs/security.md");
export const START = "<!-- matrix:start (npm run security:matrix) -->";
export const END = "<!-- matrix:end -->";

/** The document with the matrix section replaced by the table's current markdown, formatted. */
export async function withMatrix(document: string): Promise<string> {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/security.md lacks the markers ${START} … ${END}`);
  const text = `${document.slice(0, start + START.length)}\n\n${matrixMarkdown()}\n\n${document.slice(end)}`;
  const options = (await prettier.resolveConfig(DOC)) ?? {};
  return prettier.format(text, { ...options, filepath: DOC });
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  writeFileSync(DOC, await withMatrix(readFileSync(DOC, "utf8")));
  console.log("docs/security.md: authorization matrix updated");
}
