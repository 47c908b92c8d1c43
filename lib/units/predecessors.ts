import type { Db } from "@/db/client";
import { rawClient, statement } from "@/db/raw";

export interface PredecessorUnit {
  code: string;
  name: string;
}

/**
 * The units a unit carries on from a plan year (lib/units/successions.ts): those its figures of
 * that year are compared with a year earlier. Empty when it succeeds none from that year.
 */
export function predecessorsFrom(db: Db, unitId: number, year: number): PredecessorUnit[] {
  return statement(
    rawClient(db),
    `select p.code, p.name from department_successions s join departments p on p.id = s.predecessor_id
     where s.successor_id = ? and s.from_year = ? order by p.name`,
  ).all(unitId, year) as PredecessorUnit[];
}
