// Writes a ReportDocument as .docx: A4, Times New Roman, Party heading, justified body, tables, signature block.
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { ReportDocument, ReportTable } from "@/lib/reports/report-document";

const FONT = "Times New Roman";
const PT = (points: number) => points * 2; // docx sizes are half-points
/** A4 in twentieths of a point; margins 20/20/30/15 mm as Decree 30 advises. */
const PAGE = { width: 11906, height: 16838, margin: { top: 1134, bottom: 1134, left: 1701, right: 851 } };
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

type RunStyle = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };

function line(
  text: string,
  style: RunStyle = {},
  align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER,
  after = 0,
) {
  return new Paragraph({
    alignment: align,
    spacing: { after },
    children: [
      new TextRun({
        text,
        bold: style.bold,
        italics: style.italics,
        underline: style.underline ? {} : undefined,
        size: PT(style.size ?? 14),
        font: FONT,
      }),
    ],
  });
}

function body(text: string, style: RunStyle = {}) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { before: 60, after: 60, line: 312 },
    children: [new TextRun({ text, bold: style.bold, italics: style.italics, size: PT(14), font: FONT })],
  });
}

function cell(children: Paragraph[], width: number) {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
  });
}

/** Two borderless columns: the issuing body on the left, the Party motto and the date on the right. */
function heading(doc: ReportDocument): Table {
  const left = Math.round(TEXT_WIDTH * 0.45);
  const right = TEXT_WIDTH - left;
  return new Table({
    borders: TableBorders.NONE,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    rows: [
      new TableRow({
        children: [
          cell(
            [
              line(doc.parentBody.toUpperCase()),
              line(doc.issuingBody.toUpperCase(), { bold: true }),
              line("*"),
              line(doc.numberLine),
            ],
            left,
          ),
          cell(
            [
              line(
                doc.motto.toUpperCase(),
                { bold: true, underline: true, size: 15 },
                AlignmentType.RIGHT,
                240,
              ),
              line(doc.dateLine, { italics: true }, AlignmentType.RIGHT),
            ],
            right,
          ),
        ],
      }),
    ],
  });
}

function figureTable(table: ReportTable): Table {
  const total = table.widths.reduce((a, b) => a + b, 0);
  const widths = table.widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map((text, index) =>
        cell(
          [
            line(
              text,
              { bold: header, size: 12 },
              index === 1 && !header ? AlignmentType.LEFT : AlignmentType.CENTER,
            ),
          ],
          widths[index] ?? widths[0]!,
        ),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(table.headers, true), ...table.rows.map((cells) => row(cells, false))],
  });
}

/** Recipients on the left, the signature block on the right, as at the end of every official document. */
function closing(doc: ReportDocument): Table {
  const left = Math.round(TEXT_WIDTH * 0.45);
  const right = TEXT_WIDTH - left;
  return new Table({
    borders: TableBorders.NONE,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    rows: [
      new TableRow({
        children: [
          cell(
            [
              line(doc.recipientsLabel, { bold: true, italics: true, size: 12 }, AlignmentType.LEFT),
              ...doc.recipients.map((recipient, index) =>
                line(
                  `- ${recipient}${index === doc.recipients.length - 1 ? "." : ","}`,
                  { size: 11 },
                  AlignmentType.LEFT,
                ),
              ),
            ],
            left,
          ),
          cell(
            [
              ...doc.signature.lines.map((text) => line(text, { bold: true })),
              ...Array.from({ length: 4 }, () => line("")),
              line(doc.signature.name, { bold: true }),
            ],
            right,
          ),
        ],
      }),
    ],
  });
}

export async function writeReportDocx(doc: ReportDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    heading(doc),
    line("", {}, AlignmentType.CENTER, 240),
    line(doc.type.toUpperCase(), { bold: true, size: 16 }),
    line(doc.subject.toUpperCase(), { bold: true }),
    line("-----", {}, AlignmentType.CENTER, 240),
    ...doc.introduction
      .split(/\r?\n+/)
      .filter(Boolean)
      .map((text) => body(text)),
  ];
  for (const section of doc.sections) {
    children.push(body(section.heading, { bold: true }));
    for (const paragraph of section.paragraphs) children.push(body(paragraph));
    if (section.table) {
      children.push(line(section.table.caption, { italics: true, size: 13 }, AlignmentType.CENTER, 60));
      children.push(figureTable(section.table));
    }
  }
  children.push(body(doc.conclusionHeading, { bold: true }));
  for (const text of doc.conclusion.split(/\r?\n+/).filter(Boolean)) children.push(body(text));
  children.push(line("", {}, AlignmentType.CENTER, 120), closing(doc));
  const document = new Document({
    creator: doc.issuingBody,
    title: `${doc.type} ${doc.subject}`,
    styles: { default: { document: { run: { font: FONT, size: PT(14) } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
