// Vietnamese phrases around the proposals: out-of-jurisdiction cases, follow-ups, ratings, notes and reasons.
import type { ProposalText } from "./proposal-texts";

/** Requests the province cannot decide; `answer` holds the out-of-jurisdiction note ({bo}: the ministry of transport of the time). */
// prettier-ignore
export const OUT_OF_JURISDICTION_TEXTS: readonly ProposalText[] = [
  { key: "ooj-quoc-lo", field: "HTGT", where: "any", nums: [[3, 12]],
    title: "Đề nghị nâng cấp, mở rộng Quốc lộ 48 đoạn qua {dv}",
    content: "Đoạn Quốc lộ 48 qua {dvd} dài khoảng {n1} km, mặt đường hẹp, nhiều khúc cua nguy hiểm, thường xuyên xảy ra tai nạn. Đề nghị đầu tư mở rộng, nâng cấp đoạn tuyến.",
    answer: "Quốc lộ 48 do {bo} (Cục Đường bộ Việt Nam) quản lý, không thuộc thẩm quyền giải quyết của tỉnh. Ban đã chuyển kiến nghị đến Đoàn đại biểu Quốc hội tỉnh để tổng hợp, kiến nghị với Trung ương và thông báo cho địa phương biết." },
  { key: "ooj-gia-dien", field: "KHAC", where: "any",
    title: "Đề nghị giảm giá điện sinh hoạt cho hộ dân {dv}",
    content: "Giá điện sinh hoạt bậc thang cao khiến nhiều hộ dân {dvd}, nhất là hộ nghèo, gặp khó khăn trong mùa nắng nóng. Đề nghị giảm giá điện cho hộ dân nông thôn.",
    answer: "Giá bán lẻ điện do Chính phủ quy định cơ cấu biểu giá và Tập đoàn Điện lực Việt Nam điều chỉnh theo quy định, không thuộc thẩm quyền của tỉnh. Hộ nghèo, hộ chính sách xã hội được hỗ trợ tiền điện theo quy định hiện hành; Ban đã chuyển kiến nghị đến Đoàn đại biểu Quốc hội tỉnh." },
  { key: "ooj-no-vay", field: "TCNS", where: "any", nums: [[20, 80]],
    title: "Đề nghị khoanh, xóa nợ vay Ngân hàng Chính sách xã hội cho {n1} hộ bị thiệt hại do thiên tai ở {dv}",
    content: "{n1} hộ dân {dvd} vay vốn Ngân hàng Chính sách xã hội để sản xuất nhưng bị thiệt hại nặng do lũ, không có khả năng trả nợ. Đề nghị khoanh nợ, xóa nợ cho các hộ.",
    answer: "Việc khoanh nợ, xóa nợ vay của Ngân hàng Chính sách xã hội thực hiện theo quyết định của Thủ tướng Chính phủ, không thuộc thẩm quyền của tỉnh. Đã đề nghị Chi nhánh Ngân hàng Chính sách xã hội tỉnh hướng dẫn các hộ lập hồ sơ xử lý nợ bị rủi ro do nguyên nhân khách quan." },
  { key: "ooj-duong-sat", field: "HTGT", where: "any",
    title: "Đề nghị bố trí gác chắn tại đường ngang dân sinh qua đường sắt Bắc – Nam ở {dv}",
    content: "Đường ngang dân sinh qua đường sắt Bắc – Nam tại {dvd} không có người gác, tầm nhìn bị che khuất, đã xảy ra tai nạn làm chết người. Đề nghị bố trí gác chắn và đèn cảnh báo.",
    answer: "Đường sắt quốc gia do {bo} quản lý thông qua Cục Đường sắt Việt Nam; việc bố trí gác chắn thuộc thẩm quyền của cơ quan Trung ương. Ban đã chuyển kiến nghị đến Ban An toàn giao thông tỉnh để kiến nghị Cục Đường sắt Việt Nam, đồng thời đề nghị địa phương cắm biển cảnh báo tạm thời." },
  { key: "ooj-bhyt", field: "YTE", where: "any",
    title: "Đề nghị giảm mức đóng bảo hiểm y tế hộ gia đình cho người dân {dv}",
    content: "Mức đóng bảo hiểm y tế hộ gia đình tăng theo lương cơ sở khiến nhiều hộ cận nghèo ở {dvd} không tham gia đủ các thành viên. Đề nghị giảm mức đóng.",
    answer: "Mức đóng bảo hiểm y tế do Luật Bảo hiểm y tế và Chính phủ quy định, không thuộc thẩm quyền của tỉnh. Tỉnh đang hỗ trợ thêm mức đóng cho hộ cận nghèo theo nghị quyết của HĐND tỉnh; Ban đã chuyển kiến nghị đến Đoàn đại biểu Quốc hội tỉnh." },
];

export const RETURN_REASONS = [
  "Đề nghị địa phương bổ sung vị trí cụ thể, số liệu hộ dân bị ảnh hưởng và hồ sơ, hình ảnh kèm theo.",
  "Nội dung gộp nhiều kiến nghị thuộc các lĩnh vực khác nhau; đề nghị tách thành từng kiến nghị riêng.",
  "Đề nghị làm rõ kiến nghị đã được cơ quan nào trả lời trước đây và kết quả thực hiện đến nay.",
  "Chưa nêu rõ nội dung đề nghị cụ thể (kinh phí, thời gian, cơ quan đề nghị giải quyết); đề nghị bổ sung.",
] as const;

export const WITHDRAW_NOTES = [
  "Địa phương đã tự cân đối nguồn lực để giải quyết, xin rút kiến nghị.",
  "Nội dung đã được giải quyết tại cuộc làm việc với sở chuyên ngành, xin rút kiến nghị.",
  "Trùng với kiến nghị đã gửi qua kỳ họp HĐND tỉnh; xin rút để tránh trùng lặp.",
] as const;

export const REVIEW_COMMENTS = [
  "Đề nghị nêu rõ thời gian, nguồn kinh phí và đơn vị thực hiện cụ thể.",
  "Dự thảo còn chung chung, chưa trả lời trực tiếp đề nghị của địa phương; đề nghị viết lại đoạn 2.",
  "Bổ sung căn cứ pháp lý và ý kiến của cơ quan phối hợp trước khi trình ký.",
] as const;

export const CONTRIBUTIONS = [
  "Thống nhất với đề xuất của cơ quan chủ trì; đề nghị bổ sung nội dung về nguồn kinh phí thực hiện trong năm tới.",
  "Cơ quan phối hợp đã rà soát, không có ý kiến khác; sẵn sàng phối hợp kiểm tra hiện trường khi cơ quan chủ trì đề nghị.",
  "Đề nghị cơ quan chủ trì lưu ý lồng ghép nội dung này với chương trình mục tiêu quốc gia đang triển khai tại địa phương.",
] as const;

export const FOLLOW_UP_QUESTIONS = [
  "Địa phương đề nghị cơ quan chủ trì cho biết thời gian cụ thể triển khai và nguồn vốn đã được bố trí hay chưa.",
  "Câu trả lời chưa nêu rõ trách nhiệm của xã trong việc chuẩn bị hồ sơ; đề nghị hướng dẫn cụ thể hơn.",
  "Đến nay chưa thấy đơn vị thi công triển khai như nội dung trả lời; đề nghị kiểm tra, đôn đốc.",
  "Đề nghị làm rõ mức hỗ trợ cụ thể cho từng hộ và thời điểm giải ngân.",
] as const;

export const FOLLOW_UP_REPLIES = [
  "Nguồn vốn đã được bố trí trong kế hoạch năm; đơn vị thực hiện sẽ khởi công trong quý tới, cơ quan chủ trì sẽ thông báo lịch cụ thể cho địa phương.",
  "Cơ quan chủ trì đã gửi hướng dẫn chi tiết hồ sơ kèm mẫu biểu qua hệ thống; cán bộ phụ trách sẽ trực tiếp làm việc với xã.",
  "Đã kiểm tra, đôn đốc nhà thầu; việc chậm trễ do thời tiết, nhà thầu cam kết hoàn thành trong tháng tới.",
] as const;

export const RATING_COMMENTS = {
  SATISFIED: [
    "Trả lời rõ ràng, cụ thể, đúng thời hạn.",
    "Địa phương cảm ơn sự quan tâm của tỉnh.",
    "Đã được triển khai ngay sau khi trả lời.",
  ],
  PARTLY_SATISFIED: [
    "Trả lời đúng hướng nhưng chưa có mốc thời gian cụ thể.",
    "Chưa giải quyết được phần kinh phí địa phương đề nghị.",
  ],
  NOT_SATISFIED: [
    "Câu trả lời chưa đi vào nội dung kiến nghị.",
    "Kiến nghị đã nêu nhiều năm nhưng vẫn chỉ được ghi nhận.",
  ],
} as const;

export const IMPLEMENTATION_NOTES = {
  IN_PROGRESS: [
    "Đã hoàn thành khảo sát, lập hồ sơ; đang trình phê duyệt kinh phí.",
    "Đơn vị thi công đã triển khai, khối lượng đạt khoảng một nửa.",
    "Đã ban hành văn bản hướng dẫn; địa phương đang tổ chức thực hiện.",
  ],
  RESOLVED: [
    "Đã hoàn thành, bàn giao đưa vào sử dụng; địa phương đã xác nhận.",
    "Nội dung kiến nghị đã được giải quyết dứt điểm theo văn bản trả lời.",
  ],
  PARTLY_RESOLVED: [
    "Đã giải quyết phần việc trước mắt; phần còn lại chờ bố trí vốn trung hạn.",
    "Đã thực hiện một phần; các hạng mục còn lại chuyển sang kế hoạch năm sau.",
  ],
  UNRESOLVED: ["Chưa bố trí được nguồn vốn; tiếp tục theo dõi, đề xuất trong kỳ kế hoạch sau."],
} as const;

export const CLOSE_NOTES = [
  "Kiến nghị đã được trả lời và thực hiện; kết thúc theo dõi.",
  "Địa phương đã nhận trả lời; kết quả thực hiện được cập nhật, kết thúc theo dõi.",
  "Kết thúc theo dõi trong chương trình; nội dung còn lại chuyển vào báo cáo chuyên đề.",
] as const;

/** Departments issuing replies, for document numbers like "1234/SXD-QLXD" or "56-CV/BTCTU". */
// prettier-ignore
export const DOCUMENT_SIGNS: Record<string, string> = {
  SXD: "SXD-QLXD", SGTVT: "SGTVT-KCHT", SNNMT: "SNNMT-QLĐĐ", STNMT: "STNMT-QLĐĐ", SNNPTNT: "SNN-PTNT",
  STC: "STC-NS", SKHDT: "SKHĐT-TH", SGDDT: "SGDĐT-KHTC", SYT: "SYT-KHTC", SLDTBXH: "SLĐTBXH-BTXH",
  SNV: "SNV-XDCQ", SVHTT: "SVHTT-QLVH", SDL: "SDL-QLDL", SVHTTDL: "SVHTTDL-QLVH", STTTT: "STTTT-BCVT",
  SKHCN: "SKHCN-CĐS", SCT: "SCT-QLTM", STP: "STP-XDKT", SNGV: "SNgV-LS", BDT: "BDT-CS", SDTTG: "SDTTG-CS",
  TTT: "TTT-GQKN", CAT: "CAT-PV01", BCHQS: "BCH-TM", UBND: "UBND-KT",
};
/** Party bodies number their letters "56-CV/BTCTU". */
export const PARTY_SIGNS: Record<string, string> = {
  BTCTU: "BTCTU",
  BTGTU: "BTGTU",
  BDVTU: "BDVTU",
  BTGDVTU: "BTGDVTU",
  BCSDUBND: "BCSĐ",
  DUUBND: "ĐU",
  BTVTU: "TU",
};

export function documentNumber(agencyCode: string, n: number): string {
  const party = PARTY_SIGNS[agencyCode];
  if (party) return `${n}-CV/${party}`;
  return `${n}/${DOCUMENT_SIGNS[agencyCode] ?? `${agencyCode}-VP`}`;
}
