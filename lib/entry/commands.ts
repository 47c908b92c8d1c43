import { z } from "@/lib/validation/zod";
import { defineCommand } from "@/lib/commands/command";
import { ALL_PERIODS } from "@/lib/periods";
import { VALUE_STATUSES } from "@/db/schema/vocabulary";
import { submissionKeySchema, versionSchema } from "@/lib/validation/common";
import { storedText } from "@/lib/validation/text";
import { TRANSITIONS, WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/workflow/transitions";
import { transitionSubmission } from "@/lib/workflow/service";
import { markSubmissionReady } from "@/lib/workflow/ready";
import { saveNarrative } from "./save-narrative";
import { saveValues } from "./save-values";
import { NOTE_MAX, narrativeSchema, optionalReasonSchema, reasonSchema, saveValuesSchema } from "./schemas";
import { resolveSubmission } from "./submission-scope";

/**
 * The mutations of a department's month. Each input is the month ({department, year, month})
 * and what is done to it; strict: a field the command does not know is refused, not dropped.
 * The API takes the month from its path (/submissions/{dept}/{year}/{month}/…).
 */

export const saveMonthValuesCommand = defineCommand({
  permission: "entry.edit",
  input: submissionKeySchema.extend(saveValuesSchema.shape).strict(),
  resolve: (tx, user, input) => resolveSubmission(tx, user, input),
  run: (tx, user, { department: _d, year: _y, month: _m, ...payload }, key) => ({
    values: saveValues(tx, user.id, key, payload),
  }),
});

export const saveNarrativeCommand = defineCommand({
  permission: "entry.edit",
  input: submissionKeySchema.extend(narrativeSchema.shape).strict(),
  resolve: (tx, user, input) => resolveSubmission(tx, user, input),
  run: (tx, user, input, key) => saveNarrative(tx, user.id, key, input),
});

/** The month's figures read from the Excel template (POST …/import; parseEntryUpload checked each row and scaled the figures). */
export const importMonthValuesCommand = defineCommand({
  permission: "entry.edit",
  input: submissionKeySchema
    .extend({
      values: z
        .array(
          z
            .object({
              indicator: z.string().min(1).max(100),
              period: z.enum(ALL_PERIODS),
              value: z.number().int(),
              status: z.enum(VALUE_STATUSES),
              note: storedText(NOTE_MAX, "Ghi chú").optional(),
              version: versionSchema.optional(),
              percent: z.boolean().optional(),
            })
            .strict(),
        )
        .min(1, "Tệp không có số liệu nào để nhập"),
    })
    .strict(),
  resolve: (tx, user, input) => resolveSubmission(tx, user, input),
  run: (tx, user, input, key) => saveValues(tx, user.id, key, { values: input.values }, "Nhập từ tệp Excel"),
});

/** The entry page's workflow buttons: the action is part of the input; transitionSubmission checks the action's own permission. */
export const workflowCommand = defineCommand({
  permission: [...new Set(WORKFLOW_ACTIONS.map((a) => TRANSITIONS[a].permission))],
  input: submissionKeySchema
    .extend({ action: z.enum(WORKFLOW_ACTIONS, { message: "Thao tác không hợp lệ" }), ...optionalReasonSchema.shape })
    .strict(),
  resolve: (tx, user, input) => resolveSubmission(tx, user, input),
  run: (tx, user, input, key) => transitionSubmission(tx, user, key, input.action, input.reason, input.fields),
});

function transitionCommand(action: WorkflowAction) {
  const transition = TRANSITIONS[action];
  return defineCommand({
    permission: transition.permission,
    input: submissionKeySchema.extend((transition.needsReason ? reasonSchema : optionalReasonSchema).shape).strict(),
    resolve: (tx, user, input) => resolveSubmission(tx, user, input),
    run: (tx, user, input, key) =>
      transitionSubmission(tx, user, key, action, "reason" in input ? input.reason : undefined, input.fields),
  });
}

/** One command per workflow action (the API's POST …/submit, …/approve, …/return, …/reopen). */
export const TRANSITION_COMMANDS = Object.fromEntries(WORKFLOW_ACTIONS.map((a) => [a, transitionCommand(a)])) as Record<
  WorkflowAction,
  ReturnType<typeof transitionCommand>
>;

/** An officer tells the head the month is entered (POST …/ready): the head is notified until the month is sent. */
export const markReadyCommand = defineCommand({
  permission: "entry.edit",
  input: submissionKeySchema.strict(),
  resolve: (tx, user, input) => resolveSubmission(tx, user, input),
  run: (tx, user, _input, key) => markSubmissionReady(tx, user, key),
});
