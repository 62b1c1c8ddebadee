// What the answer editor produces survives the server's sanitiser; anything that could run a script does not.
import { describe, expect, it } from "vitest";
import { sanitizeAnswerHtml } from "@/lib/sanitize-html";

describe("sanitizeAnswerHtml", () => {
  it("keeps the editor's formatting: paragraphs, bold, italic, lists, line breaks", () => {
    const html =
      "<p>Kính gửi <b>UBND xã</b>, <i>ý kiến</i>:</p><ul><li>một</li></ul><ol><li>hai<br>ba</li></ol>" +
      "<p><strong>đậm</strong> <em>nghiêng</em></p>";
    expect(sanitizeAnswerHtml(html)).toBe(html.replace("<br>", "<br />"));
  });

  it("removes scripts, event handlers, styles, frames and script links", () => {
    const clean = sanitizeAnswerHtml(
      '<p onclick="steal()" style="color:red">Trả lời</p><script>alert(1)</script>' +
        '<img src="x" onerror="alert(1)"><iframe src="https://evil.example"></iframe>' +
        '<a href="javascript:alert(1)">xem</a><svg onload="alert(1)"></svg>',
    );
    expect(clean).toBe("<p>Trả lời</p><a>xem</a>");
  });

  it("keeps safe links but not their target (no new window that could reach back into the portal)", () => {
    expect(sanitizeAnswerHtml('<a href="https://nghean.gov.vn" target="_blank">Cổng tỉnh</a>')).toBe(
      '<a href="https://nghean.gov.vn">Cổng tỉnh</a>',
    );
  });

  it("keeps the text of tags it does not allow", () => {
    expect(sanitizeAnswerHtml("<div>Dòng một</div><span>dòng hai</span>")).toBe("Dòng mộtdòng hai");
  });
});
