import { z } from "@/lib/validation/zod";

/** One schema for the login form and the server. */
export const loginSchema = z.object({
  username: z.string().trim().min(1, "Vui lòng nhập tên đăng nhập").max(100, "Tên đăng nhập quá dài"),
  password: z.string().min(1, "Vui lòng nhập mật khẩu").max(200, "Mật khẩu quá dài"),
});

export type LoginInput = z.infer<typeof loginSchema>;
