"use client";

import { useState } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { loginSchema, type LoginInput } from "@/lib/auth/schemas";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [serverError, setServerError] = useState<string | null>(null);
  // The button stays disabled until React is ready, so a click never submits the form natively.
  const ready = useHydrated();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: zodResolver(loginSchema), defaultValues: { username: "", password: "" } });

  async function onSubmit(values: LoginInput) {
    setServerError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setServerError(
        result?.error && result.error !== "CredentialsSignin" ? result.error : "Tên đăng nhập hoặc mật khẩu không đúng",
      );
      return;
    }
    // checked again where it is used: only a path of this site (lib/auth/safe-redirect.ts)
    window.location.assign(safeRedirectPath(callbackUrl));
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} method="post" noValidate className="space-y-4">
      <div>
        <label htmlFor="username" className="block text-sm font-medium text-slate-700">
          Tên đăng nhập
        </label>
        <input
          id="username"
          autoComplete="username"
          autoFocus
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 focus:border-brand-600 focus:ring-2 focus:ring-brand-600/30 focus:outline-none"
          aria-invalid={errors.username ? "true" : "false"}
          aria-describedby={errors.username ? "username-error" : undefined}
          {...register("username")}
        />
        {errors.username && (
          <p id="username-error" className="mt-1 text-sm text-red-700">
            {errors.username.message}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          Mật khẩu
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 focus:border-brand-600 focus:ring-2 focus:ring-brand-600/30 focus:outline-none"
          aria-invalid={errors.password ? "true" : "false"}
          aria-describedby={errors.password ? "password-error" : undefined}
          {...register("password")}
        />
        {errors.password && (
          <p id="password-error" className="mt-1 text-sm text-red-700">
            {errors.password.message}
          </p>
        )}
      </div>
      {serverError && (
        <p role="alert" id="login-error" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {serverError}
        </p>
      )}
      <button
        type="submit"
        disabled={!ready || isSubmitting}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isSubmitting ? "Đang đăng nhập…" : "Đăng nhập"}
      </button>
    </form>
  );
}
