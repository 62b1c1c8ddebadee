// Vietnamese base texts of demo proposals (title, content, the substance of the answer), part 1 of 3.
import { MORE_TEXTS } from "./proposal-texts-more";
import { SOCIAL_TEXTS } from "./proposal-texts-social";

/**
 * Placeholders: {dv} the unit in a sentence ("xã Quế Phong"), {dvd} the same with its district for pre-2025
 * units, {ten} its bare name, {xom} a hamlet or block, {road} a provincial road, {river}, {ocop} a local
 * product, {y} the session's year, {y1} and {y2} the next years, {n1}–{n3} numbers drawn from `nums`.
 */
export interface ProposalText {
  key: string;
  field: string; // Field code
  where: "any" | "urban" | "rural" | "mountain" | "lowland";
  era?: "old" | "new"; // only in the 2023 session / only after the 2025 rearrangement
  title: string;
  content: string;
  answer: string; // the substance of the reply; the letter's opening and closing are added around it
  nums?: readonly (readonly [number, number])[];
  lead?: { old?: string; cur?: string }; // overrides the field's default lead agency
  coord?: readonly string[]; // current coordinating agencies (mapped back for 2023)
}

// prettier-ignore
const FIRST_TEXTS: readonly ProposalText[] = [
  // ── Tổ chức – cán bộ ──
  { key: "tccb-doi-du", field: "TCCB", where: "any", era: "new", nums: [[6, 18]], coord: ["SNV"],
    title: "Đề nghị hướng dẫn lộ trình và chế độ đối với cán bộ, công chức dôi dư sau sắp xếp tại {dv}",
    content: "Sau khi sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp, {dvd} hiện có {n1} cán bộ, công chức dôi dư so với định biên được giao. Nhiều đồng chí chưa đủ tuổi nghỉ hưu, có nguyện vọng tiếp tục công tác nhưng chưa được bố trí vị trí phù hợp, tâm lý chưa yên tâm. Địa phương đề nghị sớm có hướng dẫn về lộ trình giải quyết dôi dư, chế độ nghỉ việc và khả năng điều động sang các xã, phường còn thiếu cán bộ.",
    answer: "Ban Tổ chức Tỉnh ủy đã phối hợp với Sở Nội vụ tham mưu Ban Thường vụ Tỉnh ủy ban hành kế hoạch giải quyết số cán bộ, công chức cấp xã dôi dư, hoàn thành trong năm {y1}. Các trường hợp có nguyện vọng nghỉ việc được hưởng chính sách theo Nghị định số 178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP; các trường hợp đủ tiêu chuẩn được xem xét điều động về các xã còn thiếu theo vị trí việc làm. Đề nghị Đảng ủy {dv} rà soát, lập danh sách cụ thể gửi Sở Nội vụ để tổng hợp." },
  { key: "tccb-bien-che", field: "TCCB", where: "any", nums: [[120, 480], [18000, 46000], [1, 2]], coord: ["SNV"],
    title: "Đề nghị bổ sung biên chế công chức địa chính – xây dựng cho {dv}",
    content: "{dvd} có diện tích tự nhiên khoảng {n1} km², dân số trên {n2} người, khối lượng hồ sơ đất đai, xây dựng tăng nhanh nhưng hiện chỉ có {n3} công chức địa chính – xây dựng. Việc thẩm định hồ sơ, kiểm tra hiện trạng thường xuyên chậm so với thời hạn, người dân phải đi lại nhiều lần. Đề nghị xem xét bổ sung ít nhất 02 biên chế công chức chuyên môn lĩnh vực này.",
    answer: "Ban Tổ chức Tỉnh ủy ghi nhận đề xuất và sẽ tham mưu Ban Thường vụ Tỉnh ủy xem xét trong đợt điều chỉnh biên chế năm {y1}, căn cứ quy mô dân số, diện tích và khối lượng công việc thực tế. Trước mắt, đề nghị địa phương bố trí công chức kiêm nhiệm, tăng cường ứng dụng phần mềm một cửa điện tử; Sở Nội vụ sẽ hướng dẫn tiếp nhận công chức từ các đơn vị dư định biên." },
  { key: "tccb-boi-duong", field: "TCCB", where: "any", nums: [[25, 60]], coord: ["SNV"],
    title: "Đề nghị mở lớp bồi dưỡng kỹ năng lãnh đạo, quản lý cho cán bộ chủ chốt của {dv}",
    content: "Đội ngũ cán bộ chủ chốt của {dvd} có {n1} đồng chí, trong đó nhiều người mới được bầu, bổ nhiệm, còn lúng túng trong điều hành, xử lý tình huống và tiếp dân. Địa phương đề nghị tỉnh tổ chức lớp bồi dưỡng ngắn hạn về kỹ năng lãnh đạo, quản lý, đối thoại với nhân dân và chuyển đổi số, ưu tiên tổ chức tại cụm xã để giảm thời gian đi lại.",
    answer: "Ban Tổ chức Tỉnh ủy đã đưa nội dung này vào kế hoạch đào tạo, bồi dưỡng cán bộ năm {y1}; Trường Chính trị tỉnh sẽ mở các lớp bồi dưỡng kỹ năng lãnh đạo, quản lý và đối thoại với nhân dân theo cụm xã, mỗi lớp 05 ngày. Đề nghị Đảng ủy {dv} đăng ký danh sách học viên trước ngày 30/01/{y1}." },
  { key: "tccb-khong-chuyen-trach", field: "TCCB", where: "rural", nums: [[12, 40], [1500, 2600]], lead: { old: "SNV", cur: "SNV" }, coord: ["STC", "BTCTU"],
    title: "Kiến nghị về mức phụ cấp của người hoạt động không chuyên trách ở thôn, xóm, bản của {dv}",
    content: "{dvd} có {n1} thôn, xóm, bản; người hoạt động không chuyên trách ở thôn hiện chỉ được hưởng phụ cấp khoảng {n2} nghìn đồng/tháng, trong khi khối lượng công việc rất lớn. Nhiều người xin nghỉ, khó tìm người thay thế, nhất là ở các thôn đông dân. Địa phương đề nghị tỉnh xem xét nâng mức phụ cấp và mức khoán kinh phí hoạt động ở thôn.",
    answer: "Sở Nội vụ đã phối hợp với Sở Tài chính tham mưu UBND tỉnh trình HĐND tỉnh nghị quyết quy định chức danh, mức phụ cấp của người hoạt động không chuyên trách ở thôn, khối theo hướng tăng mức khoán phụ cấp gắn với quy mô hộ gia đình; nghị quyết dự kiến trình tại kỳ họp gần nhất. Trong thời gian chờ, đề nghị địa phương thực hiện bố trí kiêm nhiệm chức danh để tăng thu nhập cho người hoạt động không chuyên trách." },
  { key: "tccb-nhat-the-hoa", field: "TCCB", where: "rural", era: "old", nums: [[8, 24]],
    title: "Đề nghị cho chủ trương mở rộng mô hình Bí thư chi bộ đồng thời là trưởng thôn tại {dv}",
    content: "Hiện {dvd} có {n1} thôn, trong đó đã thực hiện nhất thể hóa Bí thư chi bộ kiêm trưởng thôn ở một số thôn, bước đầu phát huy hiệu quả, giảm đầu mối và tiết kiệm kinh phí. Địa phương đề nghị Ban Thường vụ Tỉnh ủy cho chủ trương nhân rộng mô hình và hướng dẫn chế độ phụ cấp đối với người kiêm nhiệm.",
    answer: "Ban Tổ chức Tỉnh ủy thống nhất chủ trương khuyến khích thực hiện mô hình Bí thư chi bộ đồng thời là trưởng thôn ở nơi có đủ điều kiện, theo tinh thần Nghị quyết số 18-NQ/TW. Chế độ phụ cấp kiêm nhiệm thực hiện theo nghị quyết của HĐND tỉnh; đề nghị Đảng ủy {dv} chỉ đạo chuẩn bị nhân sự chu đáo để giới thiệu bầu trưởng thôn theo quy định." },
  { key: "tccb-tang-cuong", field: "TCCB", where: "any", nums: [[2, 4]],
    title: "Đề nghị tăng cường cán bộ cấp phòng của sở, ngành về công tác tại {dv}",
    content: "Đội ngũ công chức chuyên môn của {dvd} còn thiếu kinh nghiệm trong các lĩnh vực quy hoạch, đầu tư công và quản lý đất đai. Địa phương đề nghị tỉnh xem xét tăng cường {n1} cán bộ có năng lực từ các sở, ngành về công tác có thời hạn để hỗ trợ xã trong giai đoạn đầu triển khai nhiệm vụ mới.",
    answer: "Thực hiện kết luận của Ban Thường vụ Tỉnh ủy, Ban Tổ chức Tỉnh ủy đã tham mưu ban hành quy định thí điểm tăng cường cán bộ cấp phòng của các sở, ban, ngành về công tác có thời hạn ở cấp xã; đợt đầu bố trí cho các xã có nhiều khó khăn. {dv} được xem xét trong đợt tiếp theo; đề nghị Đảng ủy xã đề xuất cụ thể vị trí, lĩnh vực cần tăng cường." },
  { key: "tccb-chi-bo", field: "TCCB", where: "any", era: "new", nums: [[3, 9]],
    title: "Đề nghị hướng dẫn kiện toàn tổ chức cơ sở đảng ở thôn, khối sau sáp nhập tại {dv}",
    content: "Sau sắp xếp, {dvd} có {n1} chi bộ thôn, khối phải hợp nhất hoặc điều chỉnh; số đảng viên mỗi chi bộ chênh lệch lớn, có chi bộ trên 80 đảng viên. Địa phương đề nghị có hướng dẫn về việc chia tách chi bộ, chỉ định cấp ủy lâm thời và chuyển sinh hoạt đảng cho đảng viên.",
    answer: "Ban Tổ chức Tỉnh ủy đã ban hành hướng dẫn về kiện toàn tổ chức cơ sở đảng sau sắp xếp đơn vị hành chính, trong đó chi bộ có trên 50 đảng viên được xem xét thành lập các tổ đảng hoặc chia tách theo địa bàn. Đảng ủy {dv} quyết định chỉ định cấp ủy lâm thời và chuyển sinh hoạt đảng trong thẩm quyền; các vướng mắc cụ thể đề nghị liên hệ Phòng Tổ chức đảng – đảng viên để được hướng dẫn." },
  // ── Cải cách hành chính trong Đảng ──
  { key: "cchcd-phan-mem", field: "CCHCD", where: "any", nums: [[4, 12]], coord: ["SKHCN"],
    title: "Đề nghị trang bị phần mềm quản lý văn bản, hồ sơ công việc và chữ ký số cho Đảng ủy {dv}",
    content: "Văn phòng Đảng ủy {dvd} vẫn xử lý văn bản chủ yếu trên giấy, máy tính đã cũ, chưa có chữ ký số cho các đồng chí trong Ban Thường vụ. Mỗi tháng địa phương phải gửi, nhận hàng trăm văn bản với cấp trên. Đề nghị tỉnh hỗ trợ {n1} bộ máy tính, kết nối mạng diện rộng của Đảng và cấp chữ ký số cho cấp ủy cơ sở.",
    answer: "Ban Tổ chức Tỉnh ủy đã phối hợp với Văn phòng Tỉnh ủy đưa Đảng ủy {dv} vào danh sách được triển khai phần mềm quản lý văn bản và hồ sơ công việc dùng chung của Đảng; chữ ký số cho các đồng chí Ban Thường vụ Đảng ủy được cấp trong quý I/{y1}. Việc mua sắm máy tính thực hiện từ nguồn kinh phí tự chủ của địa phương theo định mức hiện hành." },
  { key: "cchcd-sinh-hoat", field: "CCHCD", where: "any", nums: [[40, 160]],
    title: "Đề nghị đơn giản hóa thủ tục chuyển sinh hoạt đảng tạm thời cho đảng viên đi làm ăn xa của {dv}",
    content: "{dvd} có khoảng {n1} đảng viên đi làm ăn xa, xuất khẩu lao động. Thủ tục chuyển sinh hoạt đảng tạm thời còn phải đi lại nhiều lần, nhiều đảng viên không thể về địa phương để làm hồ sơ. Đề nghị cho phép tiếp nhận, trả kết quả trực tuyến và hướng dẫn quản lý đảng viên ở nước ngoài.",
    answer: "Ban Tổ chức Tỉnh ủy đã hướng dẫn cấp ủy cơ sở tiếp nhận hồ sơ chuyển sinh hoạt đảng tạm thời qua thư điện tử và phần mềm quản lý đảng viên; giấy giới thiệu được gửi trực tiếp đến tổ chức đảng nơi đảng viên đến. Đối với đảng viên ở nước ngoài, thực hiện theo Quy định số 05-QĐ/TW; đề nghị Đảng ủy {dv} cập nhật đầy đủ danh sách để quản lý." },
  { key: "cchcd-bao-cao", field: "CCHCD", where: "any", nums: [[60, 140]],
    title: "Đề nghị giảm số lượng báo cáo định kỳ mà Đảng ủy {dv} phải thực hiện",
    content: "Mỗi năm Đảng ủy {dvd} phải thực hiện khoảng {n1} loại báo cáo định kỳ và đột xuất gửi các cơ quan cấp trên, nhiều báo cáo trùng nội dung. Địa phương đề nghị rà soát, hợp nhất chế độ báo cáo và ban hành mẫu thống nhất, cho phép gửi qua hệ thống điện tử.",
    answer: "Ban Tổ chức Tỉnh ủy đã rà soát, tham mưu Ban Thường vụ Tỉnh ủy bãi bỏ 23 chế độ báo cáo trùng lặp, hợp nhất báo cáo chuyên đề vào báo cáo định kỳ 6 tháng và năm; mẫu báo cáo thống nhất được áp dụng trên hệ thống thông tin điện tử của Đảng từ năm {y1}." },
  // ── Đất đai – môi trường ──
  { key: "ddmt-gcn", field: "DDMT", where: "any", nums: [[40, 260]],
    title: "Đề nghị tháo gỡ vướng mắc cấp giấy chứng nhận quyền sử dụng đất cho {n1} hộ dân tại {xom}, {dv}",
    content: "Tại {xom}, {dvd} có {n1} hộ dân sử dụng đất ổn định từ trước năm 1993, không tranh chấp nhưng đến nay chưa được cấp giấy chứng nhận do đất được giao không đúng thẩm quyền và thiếu hồ sơ địa chính gốc. Việc chưa có giấy chứng nhận khiến người dân không thể thế chấp vay vốn, chuyển nhượng. Đề nghị tỉnh hướng dẫn cụ thể hồ sơ, thủ tục và mức thu tiền sử dụng đất đối với các trường hợp này.",
    answer: "Đối với đất được giao không đúng thẩm quyền, đã sử dụng ổn định, không tranh chấp, pháp luật đất đai cho phép xem xét cấp giấy chứng nhận; nghĩa vụ tài chính tính theo thời điểm sử dụng đất. Sở đã giao Văn phòng Đăng ký đất đai phối hợp với UBND {dv} tổ chức tổ công tác rà soát từng hồ sơ tại {xom}, dự kiến hoàn thành trong quý I/{y1}; đề nghị địa phương niêm yết công khai danh sách và xác nhận nguồn gốc, thời điểm sử dụng đất." },
  { key: "ddmt-chan-nuoi", field: "DDMT", where: "rural", nums: [[300, 900], [2, 5]],
    title: "Đề nghị xử lý ô nhiễm môi trường từ trang trại chăn nuôi lợn tại {xom}, {dv}",
    content: "Trang trại chăn nuôi lợn quy mô khoảng {n1} con tại {xom}, {dvd} xả nước thải chưa qua xử lý ra mương tiêu chung, gây mùi hôi và ô nhiễm nguồn nước của {n2} xóm lân cận. Nhân dân đã nhiều lần phản ánh, địa phương đã lập biên bản nhưng vi phạm vẫn tái diễn. Đề nghị cơ quan chuyên môn của tỉnh kiểm tra, xử lý dứt điểm.",
    answer: "Sở đã chủ trì, phối hợp với Công an tỉnh (Phòng Cảnh sát môi trường) kiểm tra trang trại, lấy mẫu nước thải và xử phạt vi phạm hành chính, đồng thời buộc chủ cơ sở hoàn thiện hệ thống xử lý nước thải trong 90 ngày. Đề nghị UBND {dv} giám sát việc khắc phục và báo cáo ngay nếu cơ sở tiếp tục xả thải." },
  { key: "ddmt-rac", field: "DDMT", where: "lowland", nums: [[8, 20], [3, 7]],
    title: "Đề nghị hỗ trợ xử lý rác thải sinh hoạt đang quá tải tại bãi rác của {dv}",
    content: "Bãi rác tập trung của {dvd} đã quá tải, mỗi ngày tiếp nhận khoảng {n1} tấn rác nhưng không có lò đốt, rác tồn đọng gây ô nhiễm cho khu dân cư cách khoảng {n2}00 mét. Đề nghị tỉnh hỗ trợ kinh phí vận chuyển rác về khu xử lý tập trung của vùng và đầu tư điểm trung chuyển đạt chuẩn.",
    answer: "Sở đã đưa {dv} vào danh sách được hỗ trợ kinh phí vận chuyển rác thải về Khu liên hợp xử lý chất thải rắn của vùng từ năm {y1}; việc đóng cửa, cải tạo bãi rác hiện trạng được bố trí từ nguồn sự nghiệp môi trường. Đề nghị UBND {dv} lựa chọn vị trí điểm trung chuyển và đẩy mạnh phân loại rác tại nguồn." },
  { key: "ddmt-quy-hoach", field: "DDMT", where: "any", nums: [[3, 12]], coord: ["SXD"],
    title: "Đề nghị điều chỉnh quy hoạch sử dụng đất để bố trí khu dân cư mới tại {dv}",
    content: "Nhu cầu đất ở của nhân dân {dvd} rất lớn, nhiều hộ trẻ tách hộ không có đất làm nhà. Khu đất khoảng {n1} ha tại {xom} hiện là đất trồng cây hằng năm kém hiệu quả, gần đường giao thông, thuận lợi để quy hoạch khu dân cư. Đề nghị tỉnh cho phép điều chỉnh quy hoạch, kế hoạch sử dụng đất để đấu giá, tạo nguồn thu và giải quyết nhu cầu đất ở.",
    answer: "Sở thống nhất bổ sung khu đất tại {xom} vào kế hoạch sử dụng đất năm {y1} của địa phương để lập quy hoạch chi tiết khu dân cư. Đề nghị UBND {dv} lập hồ sơ đề xuất, lấy ý kiến nhân dân và gửi Sở trước ngày 30/9 hằng năm để tổng hợp trình UBND tỉnh phê duyệt." },
  { key: "ddmt-rung", field: "DDMT", where: "mountain", nums: [[120, 600], [80, 300]], coord: ["SDTTG"],
    title: "Đề nghị chuyển {n1} ha rừng phòng hộ ít xung yếu sang rừng sản xuất và giao cho hộ dân {dv}",
    content: "Trên địa bàn {dvd} có khoảng {n1} ha rừng phòng hộ ít xung yếu nằm xen kẽ khu sản xuất của {n2} hộ đồng bào dân tộc thiểu số. Người dân đã canh tác ổn định nhưng không được cấp giấy chứng nhận, không được hưởng lợi từ rừng. Đề nghị tỉnh rà soát, điều chỉnh ra khỏi quy hoạch rừng phòng hộ và giao đất, giao rừng cho các hộ.",
    answer: "Sở đã đưa diện tích đề nghị vào phương án rà soát, điều chỉnh ranh giới ba loại rừng của tỉnh; sau khi được HĐND tỉnh thông qua, diện tích đủ điều kiện sẽ chuyển sang rừng sản xuất và giao cho hộ gia đình theo quy định. Đề nghị UBND {dv} phối hợp Hạt Kiểm lâm rà soát hiện trạng, lập danh sách hộ đang sử dụng." },
  { key: "ddmt-cat", field: "DDMT", where: "lowland", nums: [[2, 6]], coord: ["CAT"],
    title: "Kiến nghị xử lý tình trạng khai thác cát, sỏi trái phép trên {river} đoạn qua {dv}",
    content: "Thời gian gần đây, tình trạng khai thác cát, sỏi trái phép diễn ra vào ban đêm trên {river} đoạn qua {dvd}, gây sạt lở bờ sông khoảng {n1}00 mét, đe dọa đất sản xuất và nhà ở của người dân. Lực lượng của xã mỏng, không có phương tiện đường thủy để ngăn chặn. Đề nghị các lực lượng chức năng của tỉnh phối hợp kiểm tra, xử lý nghiêm.",
    answer: "Sở đã phối hợp với Công an tỉnh thành lập tổ kiểm tra liên ngành, tăng cường tuần tra trên {river}; đã xử phạt và tịch thu phương tiện vi phạm. Đoạn bờ sông bị sạt lở đã được đưa vào danh mục khắc phục khẩn cấp. Đề nghị UBND {dv} duy trì tổ tự quản, kịp thời thông báo cho lực lượng chức năng khi phát hiện vi phạm." },
];

export const PROPOSAL_TEXTS: readonly ProposalText[] = [...FIRST_TEXTS, ...MORE_TEXTS, ...SOCIAL_TEXTS];
