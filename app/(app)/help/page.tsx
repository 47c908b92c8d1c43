import Link from "next/link";
import type { ReactNode } from "react";
import { getDb } from "@/db/client";
import { ROLES } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/guards";
import { monthCycle, ratioPercent } from "@/lib/help/calendar";
import { guideSettings } from "@/lib/help/queries";
import { ROLE_GUIDES } from "@/lib/help/role-guides";
import { PACE_LABELS } from "@/lib/reports/pace-labels";
import {
  INDICATOR_KIND_HINTS,
  INDICATOR_KIND_LABELS,
  ROLE_LABELS,
  SUBMISSION_STATE_LABELS,
  VALUE_STATUS_LABELS,
} from "@/lib/vocabulary/labels";
import { GuideSteps } from "./_components/guide-steps";

export const metadata = { title: "Hướng dẫn sử dụng" };

const CONTENTS = [
  { id: "viec-cua-ban", label: "Việc của bạn" },
  { id: "chu-ky", label: "Chu kỳ hằng tháng và thời hạn" },
  { id: "trang-thai-so-lieu", label: "Ước, sơ bộ, chính thức" },
  { id: "loai-chi-tieu", label: "Loại chỉ tiêu" },
  { id: "danh-gia", label: "Đánh giá tiến độ" },
  { id: "excel", label: "Mẫu Excel" },
  { id: "vai-tro-khac", label: "Việc của các vai trò khác" },
];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id={id} className="scroll-mt-4 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The guide: the user's own work first, then the rules every role meets, with the plan year's own settings. */
export default async function HelpPage() {
  const user = await requirePageUser();
  const settings = guideSettings(getDb());
  const example = monthCycle(settings.year ?? new Date().getFullYear(), 6, settings);
  const own = ROLE_GUIDES[user.role];
  return (
    <div className="mx-auto max-w-4xl space-y-4 text-slate-800">
      <div>
        <h1 className="text-2xl font-bold">Hướng dẫn sử dụng</h1>
        <p className="text-sm text-slate-600">
          Dành cho {ROLE_LABELS[user.role].toLowerCase()}
          {settings.year ? ` · theo cài đặt năm kế hoạch ${settings.year}` : ""}
        </p>
      </div>

      <nav aria-label="Mục lục hướng dẫn" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <ol className="grid gap-1 sm:grid-cols-2">
          {CONTENTS.map((item, index) => (
            <li key={item.id}>
              <a href={`#${item.id}`} className="text-brand-700 underline underline-offset-2">
                {index + 1}. {item.label}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <Section id="viec-cua-ban" title={`Việc của bạn: ${ROLE_LABELS[user.role]}`}>
        <p>{own.summary}</p>
        <GuideSteps steps={own.steps} />
      </Section>

      <Section id="chu-ky" title="Chu kỳ hằng tháng và thời hạn">
        <p>
          Số liệu của một tháng tính từ ngày {settings.cutoffDay + 1} tháng trước đến ngày {settings.cutoffDay} của
          tháng (ngày chốt số liệu). Lãnh đạo sở gửi báo cáo tháng chậm nhất ngày {settings.dueDay}
          {settings.dueDay > settings.cutoffDay ? " của tháng" : " tháng sau"}. Ví dụ tháng {example.month}/
          {example.year}: số liệu từ {example.dataFrom} đến {example.dataTo}, gửi trước hết ngày {example.due}.
        </p>
        <p>
          Báo cáo quý, 6 tháng, 9 tháng và năm không nhập riêng: chúng được tổng hợp từ các tháng (số cộng dồn từ đầu
          năm), cùng với số tốc độ và ước cả năm mà các sở nhập trong tháng cuối của kỳ.
        </p>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Trạng thái báo cáo tháng</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  Trạng thái
                </th>
                <th scope="col" className="py-1.5 font-medium">
                  Ý nghĩa
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              <tr>
                <td className="py-1.5 pr-3 font-medium whitespace-nowrap">{SUBMISSION_STATE_LABELS.draft}</td>
                <td className="py-1.5">Cán bộ đang nhập; sửa được, chưa gửi.</td>
              </tr>
              <tr>
                <td className="py-1.5 pr-3 font-medium whitespace-nowrap">{SUBMISSION_STATE_LABELS.submitted}</td>
                <td className="py-1.5">Lãnh đạo sở đã gửi; số liệu bị khóa, chờ Văn phòng duyệt.</td>
              </tr>
              <tr>
                <td className="py-1.5 pr-3 font-medium whitespace-nowrap">{SUBMISSION_STATE_LABELS.approved}</td>
                <td className="py-1.5">
                  Văn phòng đã duyệt; số liệu được tính vào báo cáo của tỉnh. Muốn sửa, Văn phòng mở lại tháng (kèm lý
                  do).
                </td>
              </tr>
              <tr>
                <td className="py-1.5 pr-3 font-medium whitespace-nowrap">{SUBMISSION_STATE_LABELS.returned}</td>
                <td className="py-1.5">Văn phòng trả lại kèm lý do; sở sửa và gửi lại.</td>
              </tr>
            </tbody>
          </table>
        </div>
        <p className="text-sm text-slate-600">
          Một tháng quá hạn gửi vẫn nhập và gửi được; nó được đánh dấu quá hạn trên trang tiếp nhận báo cáo.
        </p>
      </Section>

      <Section id="trang-thai-so-lieu" title="Ước, sơ bộ, chính thức">
        <dl className="space-y-2">
          <div>
            <dt className="font-medium">{VALUE_STATUS_LABELS.estimate} (ước tính)</dt>
            <dd className="text-slate-700">
              Số ước khi chưa có số liệu thống kê; báo cáo viết &ldquo;ước đạt&rdquo;. Thường dùng cho tháng báo cáo.
            </dd>
          </div>
          <div>
            <dt className="font-medium">{VALUE_STATUS_LABELS.preliminary}</dt>
            <dd className="text-slate-700">Số đã có nguồn nhưng còn có thể điều chỉnh.</dd>
          </div>
          <div>
            <dt className="font-medium">{VALUE_STATUS_LABELS.official}</dt>
            <dd className="text-slate-700">Số chính thức của cơ quan thống kê hoặc cơ quan chủ quản.</dd>
          </div>
        </dl>
        <p>
          Khi có số mới, sửa lại số của tháng đó với trạng thái mới: báo cáo các kỳ sau dùng số mới, số cũ vẫn được lưu
          trong lịch sử. Một số tổng hợp từ nhiều tháng mang trạng thái yếu nhất trong các số tạo nên nó (có một tháng
          ước thì cả kỳ là ước).
        </p>
      </Section>

      <Section id="loai-chi-tieu" title="Loại chỉ tiêu">
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <span className="font-medium">{INDICATOR_KIND_LABELS.cumulative}</span> ({INDICATOR_KIND_HINTS.cumulative}
            ): nhập số của riêng từng tháng; số của kỳ là tổng từ tháng 1 đến cuối kỳ. Thiếu một tháng thì kỳ chưa có
            số, không bao giờ tính tháng thiếu bằng 0.
          </li>
          <li>
            <span className="font-medium">{INDICATOR_KIND_LABELS.point}</span> ({INDICATOR_KIND_HINTS.point}): nhập số
            tại cuối tháng; số của kỳ là số của tháng cuối kỳ.
          </li>
          <li>
            <span className="font-medium">{INDICATOR_KIND_LABELS.rate}</span> ({INDICATOR_KIND_HINTS.rate}): nhập tốc độ
            của đúng kỳ báo cáo (quý, 6 tháng, 9 tháng, năm); không cộng từ các tháng.
          </li>
        </ul>
      </Section>

      <Section id="danh-gia" title="Đánh giá tiến độ">
        <p>Mỗi chỉ tiêu có kế hoạch được đánh giá theo số của kỳ so với kế hoạch năm:</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <span className="font-medium">{PACE_LABELS.exceeded}</span>,{" "}
            <span className="font-medium">{PACE_LABELS.achieved}</span>: đã đạt hoặc vượt kế hoạch năm.
          </li>
          <li>
            <span className="font-medium">{PACE_LABELS.on_track}</span>: chỉ tiêu cộng dồn đạt ít nhất mức cần đạt đến
            kỳ này. Mức cần đạt theo nhịp của năm trước (năm trước đến tháng này đạt bao nhiêu phần cả năm), không có
            năm trước thì chia đều 12 tháng.
          </li>
          <li>
            <span className="font-medium">{PACE_LABELS.behind}</span>: từ {ratioPercent(settings.atRiskRatio)} đến dưới
            100% mức cần đạt; kèm số bình quân mỗi tháng còn lại cần đạt.
          </li>
          <li>
            <span className="font-medium">{PACE_LABELS.at_risk}</span>: dưới {ratioPercent(settings.atRiskRatio)} mức
            cần đạt, hoặc chỉ tiêu tốc độ chưa đạt kế hoạch.
          </li>
          <li>
            <span className="font-medium">{PACE_LABELS.not_yet}</span>: chỉ tiêu thời điểm hoặc chỉ tiêu có kế hoạch là
            khoảng, ngưỡng chưa đạt trong năm; <span className="font-medium">{PACE_LABELS.not_achieved}</span>: năm đã
            hết mà chưa đạt.
          </li>
          <li>
            Chỉ tiêu càng thấp càng tốt (tỷ lệ hộ nghèo, nợ xấu…) được đánh giá ngược lại: vượt mức trần là không đạt.
          </li>
        </ul>
        <p>
          Cảnh báo bất thường khi nhập: một tháng cao hoặc thấp hơn {String(settings.jumpFactor).replace(".", ",")} lần
          tháng trước hoặc cùng tháng năm trước, một tháng âm của chỉ tiêu cộng dồn, hoặc các chỉ tiêu thành phần cộng
          lại lớn hơn chỉ tiêu tổng. Số vẫn được lưu, nhưng cần ghi chú lý do trước khi gửi.
        </p>
      </Section>

      <Section id="excel" title="Mẫu Excel">
        <ol className="list-decimal space-y-1 pl-5">
          <li>
            Trên trang nhập số liệu của tháng, bấm &ldquo;Tải mẫu Excel&rdquo;: tệp có sẵn các chỉ tiêu của đơn vị.
          </li>
          <li>Điền số liệu, trạng thái và ghi chú vào các cột đã có; không đổi mã chỉ tiêu, không thêm trang.</li>
          <li>
            Chọn tệp đã điền và bấm &ldquo;Nhập từ Excel&rdquo;. Tệp được kiểm tra toàn bộ: có một lỗi thì không số nào
            được ghi, và trang liệt kê từng lỗi theo dòng để sửa.
          </li>
        </ol>
      </Section>

      <Section id="vai-tro-khac" title="Việc của các vai trò khác">
        {ROLES.filter((role) => role !== user.role).map((role) => (
          <details key={role} className="rounded-md border border-slate-200 p-3">
            <summary className="cursor-pointer font-medium">
              {ROLE_LABELS[role]}: {ROLE_GUIDES[role].summary}
            </summary>
            <GuideSteps steps={ROLE_GUIDES[role].steps} linked={false} />
          </details>
        ))}
      </Section>

      <p className="text-sm text-slate-600">
        Cần hỗ trợ thêm hoặc quên mật khẩu: liên hệ quản trị hệ thống của tỉnh.{" "}
        <Link href="/" className="text-brand-700 underline underline-offset-2">
          Về trang chính
        </Link>
      </p>
    </div>
  );
}
