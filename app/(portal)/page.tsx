// Home: each role lands on a page of its own.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { CommuneHome } from "./_home/commune-home";
import { CoordinatorHome } from "./_home/coordinator-home";
import { AgencyHome } from "./_home/agency-home";
import { CommitteeHome } from "./_home/committee-home";
import { AdminHome } from "./_home/admin-home";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("home.title") };
}

export default async function HomePage() {
  const actor = await requireUser();
  switch (actor.role) {
    case "COMMUNE_LEADER":
      return <CommuneHome actor={actor} />;
    case "COORDINATOR":
      return <CoordinatorHome actor={actor} />;
    case "AGENCY_OFFICER":
    case "AGENCY_HEAD":
      return <AgencyHome actor={actor} />;
    case "STANDING_COMMITTEE":
      return <CommitteeHome actor={actor} />;
    case "ADMIN":
      return <AdminHome actor={actor} />;
  }
}
