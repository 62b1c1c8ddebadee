// Turns the dashboard's figures and the form's text into an official report (always in Vietnamese).
import type { Dashboard, Figures, BreakdownRow } from "@/lib/data/dashboard";
import type { ReportRequest } from "@/lib/schemas/report";
import { recipientLines } from "@/lib/schemas/report";
import type { ReportDocument, ReportSection, ReportTable } from "@/lib/reports/report-document";
import { documentNumber, placeAndDate } from "@/lib/reports/document-parts";
import { makeTranslate } from "@/lib/i18n/translate";
import { formatDate, formatNumber, formatPercent } from "@/lib/format";

const t = makeTranslate("vi");
const k = (key: string, params?: Record<string, string | number>) => t(`reports.document.${key}`, params);
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

const n = (value: number) => formatNumber(value, "vi");
const rate = (part: number, whole: number) => (whole === 0 ? k("none") : formatPercent(part / whole, "vi"));
const median = (f: Figures) => (f.medianDays === null ? k("none") : formatNumber(f.medianDays, "vi", 1));
const onTime = (f: Figures) => rate(f.onTime, f.approved + f.overdue);

function name(row: BreakdownRow, fallback: string): string {
  const label = row.label || fallback;
  return row.ended ? `${label} (đến ${formatDate(row.ended)})` : label;
}

function summary(f: Figures, heading: string, tableNo: number): ReportSection {
  const values = {
    total: n(f.total),
    answered: n(f.answered),
    answeredRate: rate(f.answered, f.total),
    open: n(f.open),
    overdue: n(f.overdue),
    onTimeRate: onTime(f),
    median: median(f),
  };
  const table: ReportTable = {
    caption: k("summaryTable", { n: tableNo }),
    headers: [k("stt"), k("indicator"), k("value")],
    widths: [1, 7, 3],
    rows: [
      [k("total"), values.total],
      [k("answered"), `${values.answered} (${values.answeredRate})`],
      [k("onTime"), values.onTimeRate],
      [k("open"), values.open],
      [k("overdue"), values.overdue],
      [k("medianRow"), values.median],
      [k("satisfiedRow"), rate(f.satisfied, f.rated)],
    ].map((row, index) => [String(index + 1), ...row]),
  };
  return {
    heading,
    paragraphs: [
      k("summaryText", values),
      k("satisfactionText", {
        satisfied: n(f.satisfied),
        partly: n(f.partly),
        notSatisfied: n(f.notSatisfied),
        rated: n(f.rated),
        satisfiedRate: rate(f.satisfied, f.rated),
      }),
    ],
    table,
  };
}

function breakdownTable(
  caption: string,
  nameHeader: string,
  rows: BreakdownRow[],
  fallback: string,
): ReportTable {
  return {
    caption,
    headers: [
      k("stt"),
      nameHeader,
      k("total"),
      k("answered"),
      k("answeredRate"),
      k("overdue"),
      k("satisfied"),
    ],
    widths: [1, 6, 2, 2, 2, 2, 2],
    rows: rows.map((row, index) => [
      String(index + 1),
      name(row, fallback),
      n(row.figures.total),
      n(row.figures.answered),
      rate(row.figures.answered, row.figures.total),
      n(row.figures.overdue),
      rate(row.figures.satisfied, row.figures.rated),
    ]),
  };
}

/** The report for one request: sections numbered I, II, …; tables numbered 1, 2, … */
export function buildReportDocument(
  dashboard: Dashboard,
  request: ReportRequest,
  subject: string,
  date: Date,
): ReportDocument {
  const sections: ReportSection[] = [];
  const heading = (key: string) => k(key, { n: ROMAN[sections.length] ?? String(sections.length + 1) });
  const tableNo = () => sections.length + 1;
  sections.push(summary(dashboard.totals, heading("summaryHeading"), tableNo()));
  sections.push({
    heading: heading("agencyHeading"),
    paragraphs: [],
    table: {
      caption: k("agencyTable", { n: tableNo() }),
      headers: [
        k("stt"),
        k("agency"),
        k("total"),
        k("answered"),
        k("onTime"),
        k("overdue"),
        k("median"),
        k("urges"),
      ],
      widths: [1, 6, 2, 2, 2, 2, 2, 2],
      rows: dashboard.byAgency.map((row, index) => [
        String(index + 1),
        name(row, k("notAssigned")),
        n(row.figures.total),
        n(row.figures.answered),
        onTime(row.figures),
        n(row.figures.overdue),
        median(row.figures),
        n(row.urges),
      ]),
    },
  });
  if (!dashboard.filters.field)
    sections.push({
      heading: heading("fieldHeading"),
      paragraphs: [],
      table: breakdownTable(k("fieldTable", { n: tableNo() }), k("field"), dashboard.byField, k("noField")),
    });
  sections.push({
    heading: heading("unitHeading"),
    paragraphs: [k("unitText")],
    table: breakdownTable(k("unitTable", { n: tableNo() }), k("unit"), dashboard.byUnit, ""),
  });
  if (!dashboard.filters.session && dashboard.bySession.length > 0)
    sections.push({
      heading: heading("sessionHeading"),
      paragraphs: [],
      table: breakdownTable(k("sessionTable", { n: tableNo() }), k("session"), dashboard.bySession, ""),
    });
  const signLine = { TM_BTV: k("signTM"), KT_TRUONG_BAN: k("signKT"), TRUONG_BAN: k("signTB") }[
    request.signMode
  ];
  return {
    parentBody: k("parentBody"),
    issuingBody: k("issuingBody"),
    motto: k("motto"),
    numberLine: documentNumber(request.number, k("numberSuffix")),
    dateLine: placeAndDate(k("place"), date),
    type: k("type"),
    subject,
    introduction: request.introduction,
    sections,
    conclusionHeading: heading("conclusionHeading"),
    conclusion: request.conclusion,
    signature: {
      lines: [signLine, request.signerTitle.toUpperCase()].filter(Boolean),
      name: request.signerName,
    },
    recipientsLabel: k("recipients"),
    recipients: recipientLines(request.recipients),
  };
}
