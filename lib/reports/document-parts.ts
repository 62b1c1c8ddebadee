// Small pieces of an official document's text: the place-and-date line, the number, safe file names.

/** "Nghệ An, ngày 03 tháng 8 năm 2023": a day below 10 and the months 1 and 2 take a leading zero (Decree 30/2020). */
export function placeAndDate(place: string, date: Date): string {
  const day = String(date.getUTCDate()).padStart(2, "0");
  const month = date.getUTCMonth() + 1;
  const shownMonth = month <= 2 ? `0${month}` : String(month);
  return `${place}, ngày ${day} tháng ${shownMonth} năm ${date.getUTCFullYear()}`;
}

/** "Số: 12-BC/BTGDVTU", or a gap for the clerk to write the number in at signing. */
export function documentNumber(number: string, suffix: string): string {
  return `Số: ${number || "      "}-${suffix}`;
}

/** ASCII file name from a Vietnamese title: "Báo cáo năm 2026" → "bao-cao-nam-2026". */
export function fileSlug(title: string): string {
  return title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
}

/** Plain text of a sanitised HTML answer, for a spreadsheet cell. */
export function plainText(html: string, max = 500): string {
  const text = html
    .replace(/<(br|\/p|\/li|\/h\d)\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n+/g, "\n")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
