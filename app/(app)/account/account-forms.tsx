"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useHydrated } from "@/app/_components/use-hydrated";
import { changeOwnPasswordAction, endOtherSessionsAction } from "@/lib/users/account-actions";
import { changeOwnPasswordSchema } from "@/lib/users/schemas";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { Field, Message, buttonClass, inputClass, secondaryButtonClass } from "../admin/_components/field";
import { ActionForm } from "../admin/_components/action-form";
import { useActionForm, type FormMessage } from "../admin/_components/use-action-form";

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };

/** The user's own password: the current one, the new one twice; other sessions end, this one stays. */
export function PasswordForm() {
  const { form, onSubmit, message } = useActionForm(changeOwnPasswordSchema, changeOwnPasswordAction, EMPTY, {
    success: () => "Đã đổi mật khẩu. Các phiên đăng nhập trên thiết bị khác đã kết thúc; thiết bị này vẫn đăng nhập.",
    resetOnSuccess: true,
  });
  const { register, formState } = form;
  const e = formState.errors;
  const field = (name: keyof typeof EMPTY, label: string, autoComplete: string, hint?: string) => (
    <Field id={`account-${name}`} label={label} error={e[name]?.message} hint={hint}>
      <input
        id={`account-${name}`}
        type="password"
        autoComplete={autoComplete}
        aria-invalid={e[name] ? true : undefined}
        aria-describedby={e[name] ? `account-${name}-error` : undefined}
        className={inputClass}
        {...register(name)}
      />
    </Field>
  );
  return (
    <ActionForm onSubmit={onSubmit} className="max-w-md space-y-3" label="Đổi mật khẩu">
      {field("currentPassword", "Mật khẩu hiện tại", "current-password")}
      {field("newPassword", "Mật khẩu mới", "new-password", `Ít nhất ${PASSWORD_MIN_LENGTH} ký tự, có cả chữ và số`)}
      {field("confirmPassword", "Nhập lại mật khẩu mới", "new-password")}
      <Message message={message} />
      <button type="submit" disabled={formState.isSubmitting} className={buttonClass}>
        Đổi mật khẩu
      </button>
    </ActionForm>
  );
}

/** "Đăng xuất khỏi các thiết bị khác": asked once more, then every other session ends and this one stays. */
export function EndOtherSessionsButton() {
  const ready = useHydrated();
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormMessage>(null);
  const endOthers = async () => {
    setBusy(true);
    setMessage(null);
    const result = await endOtherSessionsAction({ confirm: true });
    setBusy(false);
    setAsking(false);
    setMessage(
      result.ok
        ? { ok: true, text: "Đã đăng xuất khỏi các thiết bị khác; thiết bị này vẫn đăng nhập." }
        : { ok: false, text: result.error },
    );
    if (result.ok) router.refresh();
  };
  return (
    <div className="space-y-2">
      {asking ? (
        <div role="group" aria-label="Xác nhận đăng xuất khỏi các thiết bị khác" className="space-y-2">
          <p className="text-sm">
            Mọi phiên đăng nhập khác của tài khoản sẽ kết thúc và phải đăng nhập lại; thiết bị này vẫn đăng nhập.
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="button" disabled={busy} className={buttonClass} onClick={endOthers}>
              Đồng ý đăng xuất các thiết bị khác
            </button>
            <button type="button" disabled={busy} className={secondaryButtonClass} onClick={() => setAsking(false)}>
              Hủy
            </button>
          </div>
        </div>
      ) : (
        <button type="button" disabled={!ready} className={secondaryButtonClass} onClick={() => setAsking(true)}>
          Đăng xuất khỏi các thiết bị khác
        </button>
      )}
      <Message message={message} />
    </div>
  );
}
