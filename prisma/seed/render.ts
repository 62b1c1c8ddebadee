// Fills a base text's placeholders for one commune, and builds the reply letter around an answer's substance.
import type { ProposalText } from "./proposal-texts";
import type { UnitRef } from "./proposals";
import type { Rng } from "./random";
import { inSentence } from "./units";

// prettier-ignore
const ROADS = ["ĐT.533", "ĐT.534", "ĐT.535", "ĐT.536", "ĐT.537B", "ĐT.538", "ĐT.539", "ĐT.540", "ĐT.542", "ĐT.543", "ĐT.545", "ĐT.546", "ĐT.548", "ĐT.558", "ĐT.598"];
const RIVERS = [
  "sông Lam",
  "sông Hiếu",
  "sông Con",
  "sông Giăng",
  "sông Cấm",
  "sông Bùng",
  "sông Hoàng Mai",
  "sông Đào",
];
// prettier-ignore
const VILLAGES = ["bản Huồi Tố", "bản Na Ngoi", "bản Piêng Cu", "bản Xốp Lau", "bản Cà Moong", "bản Phá Lõm", "bản Tà Cạ", "bản Nậm Tột", "bản Huồi Cọ", "bản Pà Khốm", "bản Cò Phạt", "bản Khe Nằn"];
// prettier-ignore
const OCOP_MOUNTAIN = ["mật ong rừng", "rượu men lá", "gừng núi", "chè shan tuyết", "măng khô", "thổ cẩm", "gà đồi"];
// prettier-ignore
const OCOP_LOWLAND = ["nước mắm", "tương", "nhút", "gạo hữu cơ", "cam Xã Đoài", "bánh đa vừng", "kẹo cu đơ", "bưởi Phúc Trạch"];

/** 1234567 → "1.234.567", as numbers are written in Vietnam. */
export function viNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

export interface Rendered {
  title: string;
  content: string;
  answer: string;
}

export function renderText(text: ProposalText, unit: UnitRef, year: number, rng: Rng): Rendered {
  const dv = inSentence(unit.name);
  const nums = (text.nums ?? []).map(([min, max]) => viNumber(rng.int(min, max)));
  const xom =
    unit.region === "mountain"
      ? rng.pick(VILLAGES)
      : unit.region === "urban"
        ? `khối ${rng.int(1, 18)}`
        : `xóm ${rng.int(1, 15)}`;
  const values: Record<string, string> = {
    dv,
    dvd: unit.district ? `${dv}, ${inSentence(unit.district)}` : dv,
    ten: unit.name.replace(/^(Xã|Phường|Thị trấn)\s+/u, ""),
    xom,
    road: rng.pick(ROADS),
    river: rng.pick(RIVERS),
    ocop: rng.pick(unit.region === "mountain" ? OCOP_MOUNTAIN : OCOP_LOWLAND),
    y: String(year),
    y1: String(year + 1),
    y2: String(year + 2),
    bo: year < 2025 ? "Bộ Giao thông vận tải" : "Bộ Xây dựng",
  };
  nums.forEach((n, i) => (values[`n${i + 1}`] = n));
  const fill = (s: string) =>
    s.replace(/\{(\w+)\}/g, (whole, key: string) => {
      const value = values[key];
      if (value === undefined) throw new Error(`Text ${text.key}: unknown placeholder ${whole}`);
      return value;
    });
  const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const title = capitalise(fill(text.title));
  return {
    title: title.length > 300 ? `${title.slice(0, 297)}...` : title,
    content: capitalise(fill(text.content)),
    answer: fill(text.answer),
  };
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Who sends the proposal, as a reply addresses it: the Party committee for Party matters, else the People's Committee. */
export function senderOf(fieldCode: string, unit: UnitRef): string {
  return `${["TCCB", "CCHCD"].includes(fieldCode) ? "Đảng ủy" : "UBND"} ${inSentence(unit.name)}`;
}

/** The reply letter as safe HTML paragraphs; "{code}" is replaced once the proposal has its code. */
export function answerLetter(opts: {
  title: string;
  answer: string;
  sender: string;
  agencyName: string;
  draft?: boolean;
}): string {
  const about = opts.title.charAt(0).toLowerCase() + opts.title.slice(1);
  const paragraphs = [
    `Phúc đáp Kiến nghị số {code} của ${opts.sender} về việc ${about}, ${opts.agencyName} trả lời như sau:`,
    opts.answer,
  ];
  if (!opts.draft) {
    paragraphs.push(
      `Trong quá trình triển khai, nếu có vướng mắc, đề nghị ${opts.sender} phản ánh về ${opts.agencyName} để được hướng dẫn, giải quyết.`,
    );
  }
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
}
