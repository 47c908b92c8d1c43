import { z } from "@/lib/validation/zod";
import { ROLES } from "@/db/schema/vocabulary";

export const setUserActiveSchema = z
  .object({
    userId: z.number({ message: "Người dùng không hợp lệ" }).int().positive("Người dùng không hợp lệ"),
    active: z.boolean({ message: "Trạng thái không hợp lệ" }),
  })
  .strict();

export const createUserSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,50}$/, "Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch (3-50 ký tự)"),
  fullName: z.string().trim().min(1, "Vui lòng nhập họ tên").max(200, "Họ tên quá dài"),
  role: z.enum(ROLES, { message: "Vai trò không hợp lệ" }),
  department: z.string().trim().optional(),
  password: z.string().min(1, "Vui lòng nhập mật khẩu").max(200, "Mật khẩu quá dài"),
});

export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({
  userId: z.number().int().positive(),
  role: z.enum(ROLES, { message: "Vai trò không hợp lệ" }),
  department: z.string().trim().max(60).optional().default(""),
});

export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const resetPasswordSchema = z.object({
  userId: z.number().int().positive(),
  password: z.string().min(1, "Vui lòng nhập mật khẩu mới").max(200, "Mật khẩu quá dài"),
});
