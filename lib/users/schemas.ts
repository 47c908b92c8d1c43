import { z } from "@/lib/validation/zod";
import { ROLES } from "@/db/schema/vocabulary";
import { passwordProblem } from "@/lib/auth/password-policy";
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

/** A new password under the one policy (lib/auth/password-policy.ts): an admin's reset and a user's own change. */
export const newPasswordSchema = (required: string) =>
  z
    .string({ message: required })
    .min(1, required)
    .max(200, "Mật khẩu quá dài")
    .superRefine((password, ctx) => {
      const problem = passwordProblem(password);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });

export const resetPasswordSchema = z.object({
  userId: z.number().int().positive(),
  password: newPasswordSchema("Vui lòng nhập mật khẩu mới"),
});

/**
 * A user's change of their own password (/account, PUT /api/v1/account/password): the current
 * password, the new one under the same policy as an admin's reset, and the new one typed again
 * (the form always sends it; an API client may leave it out).
 */
export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z
      .string({ message: "Vui lòng nhập mật khẩu hiện tại" })
      .min(1, "Vui lòng nhập mật khẩu hiện tại")
      .max(200, "Mật khẩu quá dài"),
    newPassword: newPasswordSchema("Vui lòng nhập mật khẩu mới"),
    confirmPassword: z
      .string({ message: "Vui lòng nhập lại mật khẩu mới" })
      .min(1, "Vui lòng nhập lại mật khẩu mới")
      .max(200, "Mật khẩu quá dài")
      .optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.confirmPassword !== undefined && input.confirmPassword !== input.newPassword)
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "Mật khẩu nhập lại không khớp" });
    if (input.newPassword === input.currentPassword)
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Mật khẩu mới phải khác mật khẩu hiện tại" });
  });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;

/** Ending one's other sessions: confirmed by the user (the page asks first). */
export const endOtherSessionsSchema = z
  .object({
    confirm: z.literal(true, { message: "Hãy xác nhận đăng xuất khỏi các thiết bị khác" }),
  })
  .strict();
