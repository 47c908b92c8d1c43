"use client";

import { useState } from "react";
import { createUserAction, resetPasswordAction, updateUserAction } from "@/lib/admin/actions/organisation";
import { createUserSchema, resetPasswordSchema, updateUserSchema } from "@/lib/users/schemas";
import { Field, Message, buttonClass, inputClass, secondaryButtonClass } from "../../_components/field";
import { ActionForm } from "../../_components/action-form";
import { useActionForm } from "../../_components/use-action-form";

export interface Option {
  value: string;
  label: string;
}

function RoleSelect({ id, roles, register }: { id: string; roles: Option[]; register: object }) {
  return (
    <select id={id} className={inputClass} {...register}>
      {roles.map((r) => (
        <option key={r.value} value={r.value}>
          {r.label}
        </option>
      ))}
    </select>
  );
}

function DepartmentSelect({ id, departments, register }: { id: string; departments: Option[]; register: object }) {
  return (
    <select id={id} className={inputClass} {...register}>
      <option value="">(Không thuộc đơn vị)</option>
      {departments.map((d) => (
        <option key={d.value} value={d.value}>
          {d.label}
        </option>
      ))}
    </select>
  );
}

export function CreateUserForm({ roles, departments }: { roles: Option[]; departments: Option[] }) {
  const { form, onSubmit, message } = useActionForm(
    createUserSchema,
    createUserAction,
    { username: "", fullName: "", role: "officer", department: "", email: "", password: "" },
    {
      success: () => "Đã tạo tài khoản",
      resetOnSuccess: true,
    },
  );
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-3" label="Tạo người dùng">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field id="user-username" label="Tên đăng nhập" error={e.username?.message}>
          <input id="user-username" autoComplete="off" className={inputClass} {...register("username")} />
        </Field>
        <Field id="user-fullname" label="Họ tên" error={e.fullName?.message}>
          <input id="user-fullname" className={inputClass} {...register("fullName")} />
        </Field>
        <Field id="user-role" label="Vai trò" error={e.role?.message}>
          <RoleSelect id="user-role" roles={roles} register={register("role")} />
        </Field>
        <Field id="user-department" label="Đơn vị" error={e.department?.message}>
          <DepartmentSelect id="user-department" departments={departments} register={register("department")} />
        </Field>
        <Field id="user-email" label="E-mail" error={e.email?.message} hint="Nhận thư nhắc hạn (không bắt buộc)">
          <input id="user-email" type="email" autoComplete="off" className={inputClass} {...register("email")} />
        </Field>
        <Field
          id="user-password"
          label="Mật khẩu ban đầu"
          error={e.password?.message}
          hint="Ít nhất 8 ký tự, có chữ và số"
        >
          <input
            id="user-password"
            type="password"
            autoComplete="new-password"
            className={inputClass}
            {...register("password")}
          />
        </Field>
      </div>
      <Message message={message} />
      <button type="submit" disabled={formState.isSubmitting} className={buttonClass}>
        Tạo người dùng
      </button>
    </ActionForm>
  );
}

export function EditUser({
  userId,
  username,
  role,
  department,
  email,
  roles,
  departments,
}: {
  userId: number;
  username: string;
  role: string;
  department: string;
  email: string;
  roles: Option[];
  departments: Option[];
}) {
  const [open, setOpen] = useState(false);
  const roleForm = useActionForm(
    updateUserSchema,
    updateUserAction,
    { userId, role: role as "officer", department, email },
    { success: () => "Đã lưu vai trò, đơn vị và e-mail" },
  );
  const passwordForm = useActionForm(
    resetPasswordSchema,
    resetPasswordAction,
    { userId, password: "" },
    { success: () => "Đã đặt mật khẩu mới", resetOnSuccess: true },
  );
  if (!open)
    return (
      <button
        type="button"
        className="mt-1 block text-xs text-brand-700 hover:underline"
        aria-label={`Sửa ${username}`}
        onClick={() => setOpen(true)}
      >
        Sửa
      </button>
    );
  const re = roleForm.form.formState.errors;
  return (
    <div className="mt-2 space-y-3 rounded-md bg-slate-50 p-3">
      <ActionForm
        onSubmit={roleForm.onSubmit}
        className="flex flex-wrap items-end gap-2"
        label={`Vai trò của ${username}`}
      >
        <Field id={`role-${userId}`} label="Vai trò" error={re.role?.message} className="w-52">
          <RoleSelect id={`role-${userId}`} roles={roles} register={roleForm.form.register("role")} />
        </Field>
        <Field id={`dept-${userId}`} label="Đơn vị" error={re.department?.message} className="w-64">
          <DepartmentSelect
            id={`dept-${userId}`}
            departments={departments}
            register={roleForm.form.register("department")}
          />
        </Field>
        <Field id={`email-${userId}`} label="E-mail" error={re.email?.message} className="w-64">
          <input
            id={`email-${userId}`}
            type="email"
            autoComplete="off"
            className={inputClass}
            {...roleForm.form.register("email")}
          />
        </Field>
        <button type="submit" className={secondaryButtonClass} disabled={roleForm.form.formState.isSubmitting}>
          Lưu
        </button>
        <Message message={roleForm.message} />
      </ActionForm>
      <ActionForm
        onSubmit={passwordForm.onSubmit}
        className="flex flex-wrap items-end gap-2"
        label={`Đặt lại mật khẩu ${username}`}
      >
        <Field
          id={`password-${userId}`}
          label="Mật khẩu mới"
          error={passwordForm.form.formState.errors.password?.message}
          className="w-64"
        >
          <input
            id={`password-${userId}`}
            type="password"
            autoComplete="new-password"
            className={inputClass}
            {...passwordForm.form.register("password")}
          />
        </Field>
        <button type="submit" className={secondaryButtonClass} disabled={passwordForm.form.formState.isSubmitting}>
          Đặt lại mật khẩu
        </button>
        <Message message={passwordForm.message} />
      </ActionForm>
    </div>
  );
}
