// The register of proposals (sổ theo dõi) for a session or a year: one row per proposal, as the .xlsx lists them.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ExpectedError } from "@/lib/errors";
import { periodBounds } from "@/lib/schemas/dashboard";
import { makeTranslate } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/format";
import { plainText } from "@/lib/reports/document-parts";
import type { RegisterRow } from "@/lib/reports/register-xlsx";

/** A register is a working list, not an archive dump: beyond this, ask for a session or a year. */
export const REGISTER_MAX_ROWS = 20_000;

export type RegisterScope = { session?: number; year?: number; field?: number; agency?: number };

const t = makeTranslate("vi");

function registerWhere(scope: RegisterScope): Prisma.ProposalWhereInput {
  const period = scope.year ? periodBounds(`${scope.year}-01-01`, `${scope.year}-12-31`) : {};
  return {
    status: { not: "DRAFT" },
    ...(scope.session ? { sessionId: scope.session } : {}),
    ...(scope.field ? { fieldId: scope.field } : {}),
    ...(scope.agency ? { leadAgencyId: scope.agency } : {}),
    ...(scope.year ? { submittedAt: period } : {}),
  };
}

/**
 * Rows of the register in the order officials read it: session, commune, reference code. Caller checked.
 * `visibleTo` narrows it to what the caller may read (a proposal scope); `sentAnswersOnly` leaves out replies
 * not yet sent to the commune, as a commune's own pages do.
 */
export async function loadRegisterRows(
  scope: RegisterScope,
  {
    visibleTo,
    sentAnswersOnly = false,
  }: { visibleTo?: Prisma.ProposalWhereInput; sentAnswersOnly?: boolean } = {},
): Promise<RegisterRow[]> {
  const where = visibleTo ? { AND: [registerWhere(scope), visibleTo] } : registerWhere(scope);
  if ((await db().proposal.count({ where })) > REGISTER_MAX_ROWS)
    throw new ExpectedError("invalid", "reports.errors.tooManyRows");
  const rows = await db().proposal.findMany({
    where,
    orderBy: [{ session: { startsOn: "asc" } }, { unit: { name: "asc" } }, { code: "asc" }, { id: "asc" }],
    select: {
      code: true,
      title: true,
      status: true,
      answerDueOn: true,
      session: { select: { code: true } },
      unit: {
        select: {
          name: true,
          validTo: true,
          mappedTo: {
            select: { newUnit: { select: { name: true } } },
            orderBy: { newUnitId: "asc" },
            take: 1,
          },
        },
      },
      field: { select: { name: true } },
      leadAgency: { select: { name: true } },
      answers: {
        where: sentAnswersOnly
          ? { state: "APPROVED", proposal: { sentAt: { not: null } } }
          : { state: "APPROVED" },
        orderBy: { versionNo: "desc" },
        take: 1,
        select: { documentNumber: true, documentDate: true, approvedAt: true, content: true },
      },
    },
  });
  return rows.map((row) => {
    const current = row.unit.validTo ? row.unit.mappedTo[0]?.newUnit.name : undefined;
    const answer = row.answers[0];
    const reference = answer
      ? answer.documentNumber
        ? t("reports.register.answerRef", {
            number: answer.documentNumber,
            date: formatDate(answer.documentDate ?? answer.approvedAt),
          })
        : t("reports.register.answerRefNoNumber", { date: formatDate(answer.approvedAt) })
      : "";
    return {
      session: row.session.code,
      commune: current ? t("reports.register.nowUnit", { old: row.unit.name, current }) : row.unit.name,
      field: row.field?.name ?? "",
      proposal: row.code ? `${row.code} — ${row.title}` : row.title,
      leadAgency: row.leadAgency?.name ?? "",
      deadline: row.answerDueOn,
      answer: answer ? `${reference}: ${plainText(answer.content, 600)}` : "",
      status: t(`status.${row.status}`),
    };
  });
}
