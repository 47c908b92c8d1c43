import { BackButton } from "../_components/back-button";
import { HomeLink, StatusPage } from "../_components/status-page";

export const metadata = { title: "Không có quyền truy cập" };

export default function ForbiddenPage() {
  return (
    <StatusPage
      code="403"
      title="Không có quyền truy cập"
      standalone
      actions={
        <>
          <HomeLink />
          <BackButton />
        </>
      }
    >
      <p>Trang này không thuộc phạm vi công việc của tài khoản bạn đang dùng.</p>
      <p className="text-sm">Nếu bạn cần quyền này, hãy liên hệ quản trị hệ thống.</p>
    </StatusPage>
  );
}
