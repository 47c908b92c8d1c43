import { z } from "@/lib/validation/zod";
import { defineCommand } from "@/lib/commands/command";
import { resolveSubmission } from "@/lib/entry/submission-scope";
import { submissionKeySchema, versionSchema } from "@/lib/validation/common";
import { checkItem, resultFields } from "./schemas";
import { createResult, deleteResult, updateResult } from "./store";

/**
 * The mutations of a month's result items (kết quả, sự kiện): the month ({department, year,
 * month}) and the item; the API takes the month and the item's id from its path. Same
 * permission and scope as the month's values.
 */
const idSchema = z
  .number({ message: "Thiếu mã kết quả" })
  .int("Mã kết quả không hợp lệ")
  .positive("Mã kết quả không hợp lệ");

export const createResultCommand = defineCommand({
  permission: "entry.edit",
  input: submissionKeySchema.extend(resultFields).strict().superRefine(checkItem),
  resolve: (tx, user, input) => resolveSubmission(tx, user, input),
  run: (tx, user, { department: _d, year: _y, month: _m, ...item }, key) => ({
    result: createResult(tx, user.id, key, item),
  }),
});

export const updateResultCommand = defineCommand({
  permission: "entry.edit",
  input: submissionKeySchema
    .extend({ ...resultFields, id: idSchema, version: versionSchema })
    .strict()
    .superRefine(checkItem),
  resolve: (tx, user, input) => resolveSubmission(tx, user, input),
  run: (tx, user, { department: _d, year: _y, month: _m, id, ...item }, key) => ({
    result: updateResult(tx, user.id, key, id, item),
  }),
});

export const deleteResultCommand = defineCommand({
  permission: "entry.edit",
  input: submissionKeySchema.extend({ id: idSchema, version: versionSchema }).strict(),
  resolve: (tx, user, input) => resolveSubmission(tx, user, input),
  run: (tx, user, input, key) => deleteResult(tx, user.id, key, input.id, input.version),
});
