import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./filename";
import { defaultExportMeta, distributionLines, placeAndDate, todayInVietnam } from "./meta";
import { exportMetaFromQuery, parseExportQuery } from "./query";
import { attachedToLine, summaryRowTexts } from "./summary-columns";

describe("place and date (Nghị định 30/2020)", () => {
  it.each([
    [{ year: 2024, month: 1, day: 5 }, "Lạng Sơn, ngày 05 tháng 01 năm 2024"],
    [{ year: 2024, month: 2, day: 29 }, "Lạng Sơn, ngày 29 tháng 02 năm 2024"],
    [{ year: 2023, month: 7, day: 19 }, "Lạng Sơn, ngày 19 tháng 7 năm 2023"],
    [{ year: 2023, month: 12, day: 1 }, "Lạng Sơn, ngày 01 tháng 12 năm 2023"],
  ])("%o → %s", (date, text) => {
    expect(placeAndDate({ place: "Lạng Sơn", date })).toBe(text);
  });

  it("takes today in Việt Nam (UTC+7)", () => {
    expect(todayInVietnam(new Date("2024-01-04T17:30:00Z"))).toEqual({ year: 2024, month: 1, day: 5 });
    expect(todayInVietnam(new Date("2024-01-04T16:59:00Z"))).toEqual({ year: 2024, month: 1, day: 4 });
  });
});

describe("nơi nhận", () => {
  it("ends every entry with ; and the last (Lưu) with .", () => {
    expect(
      distributionLines({ distribution: ["Bộ Kế hoạch và Đầu tư;", "Thường trực Tỉnh ủy", "Lưu: VT, TH."] }),
    ).toEqual(["- Bộ Kế hoạch và Đầu tư;", "- Thường trực Tỉnh ủy;", "- Lưu: VT, TH."]);
    expect(defaultExportMeta().distribution.at(-1)).toMatch(/^Lưu: VT/);
  });
});

describe("export query", () => {
  const parse = (q: string) => parseExportQuery(new URLSearchParams(q));
  it("needs a format and names the field it refuses", () => {
    expect(parse("")).toEqual({ ok: false, error: "format phải là docx hoặc xlsx" });
    expect(parse("format=pdf")).toEqual({ ok: false, error: "format phải là docx hoặc xlsx" });
    expect(parse("format=docx&counting=x")).toEqual({
      ok: false,
      error: "counting phải là approved, submitted hoặc all",
    });
    expect(parse("format=docx&date=2024-02-30")).toEqual({ ok: false, error: "Ngày (date) không tồn tại" });
    expect(parse("format=docx&date=5/1/2024")).toEqual({ ok: false, error: "Ngày (date) phải có dạng YYYY-MM-DD" });
    expect(parse("format=docx&version=../x")).toEqual({ ok: false, error: "version: mã phiên bản không hợp lệ" });
    expect(parse(`format=docx&signer=${"a".repeat(81)}`).ok).toBe(false);
  });

  it("defaults to the submitted figures, Lạng Sơn's signer and today", () => {
    const parsed = parse("format=xlsx");
    expect(parsed).toEqual({ ok: true, query: { format: "xlsx", counting: "submitted" } });
    const meta = exportMetaFromQuery(parsed.ok ? parsed.query : ({} as never), new Date("2024-01-04T18:00:00Z"));
    expect(meta.number).toBe("…/BC-UBND");
    expect(meta.date).toEqual({ year: 2024, month: 1, day: 5 });
    expect(meta.signerTitle).toEqual(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
  });

  it("takes number, date, signer and recipient from the query", () => {
    const parsed = parse(
      "format=docx&number=123/BC-UBND&date=2024-07-05&signer=Nguy%E1%BB%85n%20V%C4%83n%20A&recipient=B%E1%BB%99%20K%E1%BA%BF%20ho%E1%BA%A1ch%20v%C3%A0%20%C4%90%E1%BA%A7u%20t%C6%B0",
    );
    expect(parsed.ok).toBe(true);
    const meta = exportMetaFromQuery(parsed.ok ? parsed.query : ({} as never));
    expect(meta).toMatchObject({
      number: "123/BC-UBND",
      date: { year: 2024, month: 7, day: 5 },
      signerName: "Nguyễn Văn A",
      recipient: "Bộ Kế hoạch và Đầu tư",
    });
  });
});

describe("download name", () => {
  it("gives an ASCII fallback and the Vietnamese name as RFC 5987 filename*", () => {
    expect(attachmentDisposition("Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2023.docx")).toBe(
      "attachment; filename=\"bao-cao-tinh-hinh-kinh-te-xa-hoi-6-thang-dau-nam-2023.docx\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%C3%ACnh%20h%C3%ACnh%20kinh%20t%E1%BA%BF%20-%20x%C3%A3%20h%E1%BB%99i%206%20th%C3%A1ng%20%C4%91%E1%BA%A7u%20n%C4%83m%202023.docx",
    );
    expect(attachmentDisposition(`a"b'(c).xlsx`)).toBe(
      `attachment; filename="a-b-c.xlsx"; filename*=UTF-8''a%22b%27%28c%29.xlsx`,
    );
  });
});

describe("summary cells in the Word appendix", () => {
  const row = {
    stt: "4",
    name: "GRDP",
    unit: "%",
    plan: "≥ 6,5",
    value: 5.32,
    estimate: true,
    pctOfPlan: null,
    lastYear: 6.5,
    vsLastYear: -1.18,
    rate: true,
    points: true,
    precision: 2,
    pctPrecision: 1,
    changePrecision: 1,
  };
  it("prints figures at their precision, marks estimates and writes a rate's change in points", () => {
    expect(summaryRowTexts(row as never)).toEqual(["4", "GRDP", "%", "≥ 6,5", "5,32 (ư)", "-", "6,5", "-1,18 điểm"]);
    expect(summaryRowTexts({ ...row, vsLastYear: 0.3 } as never).at(-1)).toBe("+0,3 điểm");
  });
  it("says which báo cáo the table is attached to", () => {
    expect(attachedToLine(defaultExportMeta({ number: "123/BC-UBND", date: { year: 2024, month: 1, day: 5 } }))).toBe(
      "(Kèm theo Báo cáo số 123/BC-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh Lạng Sơn)",
    );
  });
});

describe("the biểu's columns of a month or quarter", async () => {
  const { summaryHeaders } = await import("./summary-columns");
  it("have the period's own figure and the year to date, and a comparison header that says which", () => {
    expect(summaryHeaders("T10", 2024)).toEqual([
      "STT",
      "Chỉ tiêu",
      "ĐVT",
      "Kế hoạch năm",
      "Thực hiện tháng 10",
      "Lũy kế 10 tháng",
      "% kế hoạch",
      "Cùng kỳ năm trước",
      "So cùng kỳ (%; chỉ tiêu tỷ lệ: ± điểm %)",
    ]);
    expect(summaryHeaders("Q3", 2024).slice(4, 6)).toEqual(["Thực hiện quý III", "Lũy kế 9 tháng"]);
    expect(summaryHeaders("9T", 2024)).toHaveLength(8);
    expect(summaryHeaders("Q1", 2024)).toHaveLength(8);
  });
});
