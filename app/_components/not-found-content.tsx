import { BackButton } from "./back-button";
import { HomeLink, StatusPage } from "./status-page";

/** The 404 page, outside the app's layout (an unknown address) or inside it (a code that does not exist). */
export function NotFoundContent({ standalone }: { standalone?: boolean }) {
  return (
    <StatusPage
      code="404"
      title="Không tìm thấy trang"
      standalone={standalone}
      actions={
        <>
          <HomeLink />
          <BackButton />
        </>
      }
    >
      <p>Địa chỉ này không có trong hệ thống, hoặc nội dung đã được chuyển đi hay xóa.</p>
      <p className="text-sm">Hãy kiểm tra lại đường dẫn, hoặc về trang chính để tìm qua thanh điều hướng.</p>
    </StatusPage>
  );
}
