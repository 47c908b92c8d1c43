import { z } from "@/lib/validation/zod";
import { ROLES } from "@/db/schema/vocabulary";
import { storedLine } from "@/lib/validation/text";

export const setUserActiveSchema = z
  .object({
    userId: z.number({ message: "Người dùng không hợp lệ" }).int().positive("Người dùng không hợp lệ"),
    active: z.boolean({ message: "Trạng thái không hợp lệ" }),
  })
  .strict();

/**
 * A user's e-mail address for the reminders (lib/reminders): "" for none; left out of an
 * update, it stays as it is. Only the plain shape name@domain.tld is taken, so that a typo is
 * caught where it is typed.
 */
export const userEmailSchema = z
  .string({ message: "E-mail không hợp lệ" })
  .trim()
  .max(200, "E-mail quá dài")
  .refine(
    // printable ASCII only: no control, bidi or other invisible character reaches a mail header
    (v) =>
      v === "" ||
      /^[!#-'*+\-/-9=?A-Z^-~]+(\.[!#-'*+\-/-9=?A-Z^-~]+)*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(v),
    "E-mail không hợp lệ (ví dụ: ten@langson.gov.vn)",
  )
  .optional();

export const unlockLoginSchema = z
  .object({ userId: z.number({ message: "Người dùng không hợp lệ" }).int().positive("Người dùng không hợp lệ") })
  .strict();

export const createUserSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,50}$/, "Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch (3-50 ký tự)"),
  fullName: storedLine(200, "Họ tên", { required: "Vui lòng nhập họ tên", tooLong: "Họ tên quá dài" }),
  role: z.enum(ROLES, { message: "Vai trò không hợp lệ" }),
  department: z.string().trim().optional(),
  email: userEmailSchema,
  password: z.string().min(1, "Vui lòng nhập mật khẩu").max(200, "Mật khẩu quá dài"),
});

export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({
  userId: z.number().int().positive(),
  role: z.enum(ROLES, { message: "Vai trò không hợp lệ" }),
  department: z.string().trim().max(60).optional().default(""),
  email: userEmailSchema,
});

export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const resetPasswordSchema = z.object({
  userId: z.number().int().positive(),
  password: z.string().min(1, "Vui lòng nhập mật khẩu mới").max(200, "Mật khẩu quá dài"),
});
