import { describe, expect, it } from "vitest";
import { can, CAPABILITIES, ROLE_CAPABILITIES } from "@/lib/permissions";
import { navigationFor } from "@/lib/navigation";
import type { Role } from "@/lib/generated/prisma/enums";

const ROLES = Object.keys(ROLE_CAPABILITIES) as Role[];

describe("permission table", () => {
  it("names only known capabilities", () => {
    for (const role of ROLES)
      for (const capability of ROLE_CAPABILITIES[role]) expect(CAPABILITIES).toContain(capability);
  });

  it("lets only commune leaders write proposals for their commune", () => {
    expect(ROLES.filter((role) => can(role, "proposal.create"))).toEqual(["COMMUNE_LEADER"]);
  });

  it("keeps a commune leader to their own commune", () => {
    expect(can("COMMUNE_LEADER", "proposal.read.own-unit")).toBe(true);
    expect(can("COMMUNE_LEADER", "proposal.read.all")).toBe(false);
    expect(can("COMMUNE_LEADER", "proposal.read.assigned")).toBe(false);
  });

  it("keeps agencies to what is assigned to them", () => {
    for (const role of ["AGENCY_OFFICER", "AGENCY_HEAD"] as const) {
      expect(can(role, "proposal.read.assigned")).toBe(true);
      expect(can(role, "proposal.read.all")).toBe(false);
    }
  });

  it("lets only the agency head approve, and only the coordinator send and assign", () => {
    expect(ROLES.filter((role) => can(role, "answer.review"))).toEqual(["AGENCY_HEAD"]);
    expect(ROLES.filter((role) => can(role, "answer.send"))).toEqual(["COORDINATOR"]);
    expect(ROLES.filter((role) => can(role, "proposal.assign"))).toEqual(["COORDINATOR"]);
  });

  it("gives administration to administrators alone", () => {
    expect(ROLES.filter((role) => can(role, "admin.manage"))).toEqual(["ADMIN"]);
  });

  it("lets the Standing Committee watch but not act on proposals", () => {
    expect(can("STANDING_COMMITTEE", "dashboard.view")).toBe(true);
    for (const capability of [
      "proposal.triage",
      "proposal.assign",
      "answer.draft",
      "answer.review",
      "answer.send",
    ] as const) {
      expect(can("STANDING_COMMITTEE", capability)).toBe(false);
    }
  });

  it("shows every role a home and the proposals it may read", () => {
    for (const role of ROLES) {
      const hrefs = navigationFor(role).map((item) => item.href);
      expect(hrefs[0]).toBe("/");
      expect(hrefs).toContain("/proposals");
    }
  });

  it("shows the administration only to administrators", () => {
    expect(ROLES.filter((role) => navigationFor(role).some((item) => item.href === "/admin"))).toEqual([
      "ADMIN",
    ]);
  });
});
