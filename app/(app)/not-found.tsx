import { NotFoundContent } from "../_components/not-found-content";

export const metadata = { title: "Không tìm thấy trang" };

/** A signed-in page's notFound() (an indicator or a month that does not exist): inside the app's header. */
export default function AppNotFound() {
  return <NotFoundContent />;
}
