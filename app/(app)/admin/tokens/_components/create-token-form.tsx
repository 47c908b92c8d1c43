"use client";

import { useState } from "react";
import { createTokenAction } from "@/lib/admin/actions/organisation";
import { createTokenSchema } from "@/lib/admin/schemas";
import { Field, Message, buttonClass, inputClass } from "../../_components/field";
import { OptionField } from "../../_components/option-field";
import { ActionForm } from "../../_components/action-form";
import { useActionForm } from "../../_components/use-action-form";

/** Issues a token; the plain token is shown here once and never again. */
export function CreateTokenForm({ users }: { users: { value: number; label: string }[] }) {
  const [issued, setIssued] = useState<{ token: string; username: string } | null>(null);
  const { form, onSubmit, message } = useActionForm(
    createTokenSchema,
    createTokenAction,
    { userId: "" as unknown as number, name: "" },
    {
      success: (d) => `Đã cấp mã truy cập cho ${d.username}`,
      onSuccess: (d) => setIssued({ token: d.token, username: d.username }),
      resetOnSuccess: true,
    },
  );
  const { register, formState } = form;
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-3" label="Cấp mã truy cập">
      <div className="grid gap-3 sm:grid-cols-2">
        <OptionField
          id="token-user"
          label="Người dùng"
          error={formState.errors.userId?.message}
          none="Chọn người dùng"
          options={users}
          registration={register("userId")}
        />
        <Field id="token-name" label="Tên (dùng để làm gì)" error={formState.errors.name?.message}>
          <input
            id="token-name"
            className={inputClass}
            placeholder="Đồng bộ số liệu Cục Hải quan"
            {...register("name")}
          />
        </Field>
      </div>
      <Message message={message} />
      {issued && (
        <div
          className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
          data-testid="issued-token"
        >
          <p className="font-medium text-amber-900">
            Sao chép mã này ngay: mã chỉ hiện một lần, hệ thống chỉ lưu bản băm.
          </p>
          <code className="block break-all rounded bg-white px-2 py-1 font-mono text-xs">{issued.token}</code>
          <p className="text-xs text-amber-900">
            Dùng: Authorization: Bearer &lt;mã&gt; (quyền như tài khoản {issued.username}).
          </p>
        </div>
      )}
      <button type="submit" disabled={formState.isSubmitting} className={buttonClass}>
        Cấp mã truy cập
      </button>
    </ActionForm>
  );
}
