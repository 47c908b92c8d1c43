import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, indicatorAssignments, planYears, remindersSent, submissions, users } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { writeAudit } from "@/lib/audit/write";
import { unitMonths } from "@/lib/units/unit-months";
import type { DueMonth, ReminderFacts, ReminderRecipient } from "./select";

/** The rows the reminder rule reads: open plan years, their departments and months, and the departments' users. */
export function readReminderFacts(db: Db): ReminderFacts {
  const open = db.select().from(planYears).where(eq(planYears.status, "open")).all();
  const years = open.map((p) => p.year);
  if (years.length === 0) return { planYears: [], planDepartments: [], submissions: [], users: [] };
  const assigned = db
    .selectDistinct({
      year: indicatorAssignments.year,
      id: departments.id,
      code: departments.code,
      name: departments.name,
      validFrom: departments.validFrom,
      validTo: departments.validTo,
      validFromMonth: departments.validFromMonth,
      validToMonth: departments.validToMonth,
    })
    .from(indicatorAssignments)
    .innerJoin(departments, eq(departments.id, indicatorAssignments.departmentId))
    .where(inArray(indicatorAssignments.year, years))
    .all();
  const planDepartments = assigned.flatMap(({ validFrom, validTo, validFromMonth, validToMonth, ...d }) => {
    const months = unitMonths({ validFrom, validTo, validFromMonth, validToMonth }, d.year);
    return months ? [{ ...d, months }] : [];
  });
  return {
    planYears: open,
    planDepartments,
    submissions: db
      .select({
        departmentId: submissions.departmentId,
        year: submissions.year,
        month: submissions.month,
        state: submissions.state,
        returnReason: submissions.returnReason,
      })
      .from(submissions)
      .where(inArray(submissions.year, years))
      .all(),
    users: db
      .select({
        id: users.id,
        fullName: users.fullName,
        role: users.role,
        departmentId: users.departmentId,
        active: users.active,
        email: users.email,
      })
      .from(users)
      .all(),
  };
}

const sentKey = (departmentId: number, year: number, month: number, userId: number) =>
  `${departmentId}:${year}:${month}:${userId}`;

/** Who was already reminded on `day` (YYYY-MM-DD) of which department month. */
export function remindedOn(db: Db, day: string): Set<string> {
  const rows = db.select().from(remindersSent).where(eq(remindersSent.day, day)).all();
  return new Set(rows.map((r) => sentKey(r.departmentId, r.year, r.month, r.userId)));
}

export function wasReminded(sent: Set<string>, month: DueMonth, recipient: ReminderRecipient): boolean {
  return sent.has(sentKey(month.department.id, month.year, month.month, recipient.userId));
}

/**
 * Records a reminder the SMTP server accepted, with its audit entry, in one transaction. A
 * concurrent run that recorded the same one first leaves its row (the unique key); the audit
 * entry still says this mail went out.
 */
export function recordReminder(
  db: Db,
  input: { month: DueMonth; recipient: ReminderRecipient; day: string; subject: string },
): void {
  const { month, recipient, day } = input;
  writeTransaction(db, (tx) => {
    const row = tx
      .insert(remindersSent)
      .values({
        departmentId: month.department.id,
        year: month.year,
        month: month.month,
        day,
        userId: recipient.userId,
        email: recipient.email,
      })
      .onConflictDoNothing()
      .returning({ id: remindersSent.id })
      .get();
    writeAudit(tx, {
      userId: null,
      action: "reminder_sent",
      entity: "reminder",
      entityId: `${month.department.code}:${month.year}:${month.month}`,
      after: {
        department: month.department.code,
        year: month.year,
        month: month.month,
        day,
        to: recipient.email,
        userId: recipient.userId,
        standing: month.standing,
        subject: input.subject,
        recorded: row !== undefined,
      },
    });
  });
}
