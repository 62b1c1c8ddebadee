// The portal's navigation, derived from what the caller's role may do.
import type { Role } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";

export type NavItem = { href: string; labelKey: string };

export function navigationFor(role: Role): NavItem[] {
  const items: NavItem[] = [{ href: "/", labelKey: "nav.home" }];
  if (
    can(role, "proposal.read.own-unit") ||
    can(role, "proposal.read.assigned") ||
    can(role, "proposal.read.all")
  ) {
    items.push({ href: "/proposals", labelKey: "nav.proposals" });
  }
  if (can(role, "proposal.create")) items.push({ href: "/proposals/new", labelKey: "nav.newProposal" });
  items.push({ href: "/sessions", labelKey: "sessions.nav" }); // every role follows the sessions
  items.push({ href: "/conclusions", labelKey: "conclusions.nav" }); // every role follows the notices
  if (can(role, "dashboard.view")) items.push({ href: "/dashboard", labelKey: "dashboard.nav" });
  if (can(role, "report.generate")) items.push({ href: "/reports", labelKey: "reports.nav" });
  if (can(role, "agency.urge")) items.push({ href: "/monitoring", labelKey: "nav.monitoring" });
  if (can(role, "admin.manage")) items.push({ href: "/admin", labelKey: "admin.nav" });
  return items;
}
