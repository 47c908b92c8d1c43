// ESLint flat config: Next.js's rules (eslint-config-next 16 ships flat configs), typescript-eslint
// with the type-aware promise rules, drizzle's where-clause guards, and eslint-config-prettier last
// so that formatting is Prettier's alone (`npm run format`).
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import drizzle from "eslint-plugin-drizzle";

/** Names the code gives a drizzle database or transaction (`db.delete(t)`, `tx.update(t)`). */
const drizzleObjectName = ["db", "tx"];

/** @type {import("eslint").Linter.Config[]} */
const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "bench/out/**",
      "tmp/**",
      "db/migrations/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    name: "chi-tieu/type-aware",
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      // React ignores what an event handler returns, and an async handler (react-hook-form's
      // `handleSubmit(fn)`, a server action call) is the idiom; promises passed anywhere else are checked.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    name: "chi-tieu/rules",
    plugins: { drizzle },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName }],
    },
  },
  {
    name: "chi-tieu/zod-vi",
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/validation/zod.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "zod",
              message: 'Import z from "@/lib/validation/zod" (Vietnamese messages).',
              allowTypeImports: true,
            },
          ],
          patterns: [
            {
              group: ["zod/*"],
              message: 'Import z from "@/lib/validation/zod" (Vietnamese messages).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  prettier,
];

export default config;
