// The shape of an official report (Decree 30/2020, Guidance 36-HD/VPTW), independent of how it is written out.

export type ReportTable = {
  caption: string;
  headers: string[];
  rows: string[][];
  /** relative column widths; the first column is usually "STT" */
  widths: number[];
};

export type ReportSection = { heading: string; paragraphs: string[]; table?: ReportTable };

export type ReportDocument = {
  /** the superior Party body (top left, first line) and the issuing body (bold) */
  parentBody: string;
  issuingBody: string;
  /** "ĐẢNG CỘNG SẢN VIỆT NAM" */
  motto: string;
  numberLine: string;
  dateLine: string;
  type: string;
  subject: string;
  introduction: string;
  sections: ReportSection[];
  conclusionHeading: string;
  conclusion: string;
  signature: { lines: string[]; name: string };
  recipientsLabel: string;
  recipients: string[];
};
