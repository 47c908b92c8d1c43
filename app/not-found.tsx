import { NotFoundContent } from "./_components/not-found-content";

export const metadata = { title: "Không tìm thấy trang" };

/** An address no route serves. */
export default function NotFound() {
  return <NotFoundContent standalone />;
}
