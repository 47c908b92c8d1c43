import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/navigation";

export default async function Home() {
  const user = await currentUser();
  redirect(user ? homePathFor(user) : "/login");
}
