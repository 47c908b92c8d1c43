import { describe, expect, it } from "vitest";
import { attachmentDisposition, exportOriginLabel, reportFileName } from "./filename";

const subject = "tình hình kinh tế - xã hội 6 tháng đầu năm 2023";
const base = { year: 2023, period: "6T" as const, subject };

describe("the name of a downloaded báo cáo says which draft it holds", () => {
  it("names a saved version by its number", () => {
    expect(reportFileName({ ...base, format: "docx", origin: { kind: "version", number: 3 } })).toBe(
      "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2023 - phiên bản 3.docx",
    );
    expect(reportFileName({ ...base, format: "xlsx", origin: { kind: "version", number: 12 } })).toBe(
      "Biểu tổng hợp các chỉ tiêu chủ yếu 6 tháng đầu năm 2023 - phiên bản 12.xlsx",
    );
  });

  it("names the draft generated from the data as such", () => {
    expect(reportFileName({ ...base, format: "docx", origin: { kind: "generated" } })).toBe(
      "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2023 (bản tạo từ số liệu).docx",
    );
    // the generated biểu is the summary page's table: its title alone
    expect(reportFileName({ ...base, format: "xlsx", origin: { kind: "generated" } })).toBe(
      "Biểu tổng hợp các chỉ tiêu chủ yếu 6 tháng đầu năm 2023.xlsx",
    );
  });

  it("never gives a version and the generated draft the same name, nor two versions", () => {
    const names = [
      { kind: "generated" as const },
      { kind: "version" as const, number: 1 },
      { kind: "version" as const, number: 2 },
    ].map((origin) => reportFileName({ ...base, format: "docx", origin }));
    expect(new Set(names).size).toBe(3);
  });

  it("keeps the version in the ASCII fallback of the download header", () => {
    const header = attachmentDisposition(
      reportFileName({ ...base, format: "docx", origin: { kind: "version", number: 3 } }),
    );
    expect(header).toContain('filename="bao-cao-tinh-hinh-kinh-te-xa-hoi-6-thang-dau-nam-2023-phien-ban-3.docx"');
    expect(attachmentDisposition(reportFileName({ ...base, format: "docx", origin: { kind: "generated" } }))).toContain(
      'filename="bao-cao-tinh-hinh-kinh-te-xa-hoi-6-thang-dau-nam-2023-ban-tao-tu-so-lieu.docx"',
    );
  });

  it("labels the origin as the buttons do", () => {
    expect(exportOriginLabel({ kind: "version", number: 3 })).toBe("phiên bản 3");
    expect(exportOriginLabel({ kind: "generated" })).toBe("bản tạo từ số liệu");
  });
});
