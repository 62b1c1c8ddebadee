// The pages the budgets cover, each seen by the person who uses it, on the demo data. Pages whose address
// depends on the data (a proposal, a session) are found the way a person finds them: through the lists.
import { pageHtml, proposalLinks } from "./session";

export type BudgetPage = {
  name: string;
  /** demo account, or null for a page seen before signing in */
  account: string | null;
  /** the path to audit, found with the account's session cookie */
  path: (baseUrl: string, cookie: string) => Promise<string>;
};

const fixed = (path: string) => async () => path;

/** The first proposal linked from `listPath` whose page contains `marker` (any linked one when no marker). */
function firstProposal(listPath: string, marker?: string) {
  return async (baseUrl: string, cookie: string) => {
    for (const link of proposalLinks(await pageHtml(baseUrl, listPath, cookie))) {
      if (!marker || (await pageHtml(baseUrl, encodeURI(link), cookie)).includes(marker))
        return encodeURI(link);
    }
    throw new Error(`no proposal on ${listPath}${marker ? ` with ${marker}` : ""} in the demo data`);
  };
}

async function firstSession(baseUrl: string, cookie: string): Promise<string> {
  const match = /href="(\/sessions\/\d+)"/.exec(await pageHtml(baseUrl, "/sessions", cookie));
  if (!match) throw new Error("no session linked from /sessions in the demo data");
  return match[1]!;
}

const COMMUNE = "thanhvinh@demo.vn";
const OFFICER = "canbo.xd@demo.vn";

export const BUDGET_PAGES: BudgetPage[] = [
  { name: "sign-in", account: null, path: fixed("/sign-in") },
  { name: "commune home", account: COMMUNE, path: fixed("/") },
  { name: "proposal list", account: COMMUNE, path: fixed("/proposals") },
  // An answered proposal: the reply, the rating form and the longest timeline a commune sees.
  { name: "proposal detail", account: COMMUNE, path: firstProposal("/proposals?status=SENT") },
  { name: "new proposal", account: COMMUNE, path: fixed("/proposals/new") },
  { name: "agency queue", account: OFFICER, path: fixed("/") },
  // A proposal the agency leads and is drafting: the rich-text editor and its forms.
  {
    name: "answer workspace",
    account: OFFICER,
    path: firstProposal("/proposals?status=IN_PROGRESS", 'id="answer-draft"'),
  },
  { name: "dashboard", account: "thuongvu@demo.vn", path: fixed("/dashboard") },
  { name: "session", account: "dieuphoi@demo.vn", path: firstSession },
];
