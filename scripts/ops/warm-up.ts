// Before measuring: one request to every page the workload uses, so module loading on first use is not counted.
// And the errors a server wrote to its log (Next prints "⨯" before an uncaught error).
import { PortalSession } from "./portal-client";
import { ACCOUNTS, DEMO_PASSWORD } from "./workload";

export async function warmUp(baseUrl: string): Promise<void> {
  const pages: [string, string[]][] = [
    [ACCOUNTS.commune[0]!, ["/", "/proposals", "/proposals/new"]],
    [ACCOUNTS.officer[0]!, ["/", "/proposals?deadline=due-soon"]],
    [ACCOUNTS.coordinator[0]!, ["/proposals?status=SUBMITTED", "/monitoring"]],
    [ACCOUNTS.committee[0]!, ["/dashboard", "/"]],
  ];
  for (const [account, paths] of pages) {
    const session = new PortalSession(baseUrl);
    await session.signIn(account, DEMO_PASSWORD);
    for (const path of paths) await session.page("warm-up", path);
  }
}

export function serverErrors(logText: string): string[] {
  return logText
    .split("\n")
    .filter((line) => /⨯|\bError\b|ECONNREFUSED|unhandled/i.test(line))
    .map((line) => line.slice(0, 400));
}
