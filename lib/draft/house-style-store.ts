import "server-only";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { houseStyle } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from "./house-style";
import type { HouseStyleInput } from "./house-style-schema";

/** The province's house style and its version (0: never saved, Lạng Sơn's defaults). */
export function loadHouseStyle(db: Db | Tx): { style: HouseStyle; version: number } {
  const row = db.select().from(houseStyle).where(eq(houseStyle.id, 1)).get();
  if (!row) return { style: DEFAULT_HOUSE_STYLE, version: 0 };
  return {
    style: { pctDecimals: row.pctDecimals, smallFall: row.smallFall, yearEndName: row.yearEndName },
    version: row.version,
  };
}

/**
 * Saves the house style with its audit entry, in the caller's transaction. A stale version is
 * refused (409: another admin saved since); saving the same style changes nothing.
 */
export function saveHouseStyle(tx: Tx, userId: number, input: HouseStyleInput): { version: number; changed: boolean } {
  const current = loadHouseStyle(tx);
  if (current.version !== input.version) {
    throw new DomainError(409, "Văn phong báo cáo vừa được người khác lưu. Tải lại trang rồi sửa tiếp.", {
      pctDecimals: "Văn phong đã thay đổi",
    });
  }
  const style: HouseStyle = {
    pctDecimals: input.pctDecimals,
    smallFall: input.smallFall,
    yearEndName: input.yearEndName,
  };
  if (JSON.stringify(style) === JSON.stringify(current.style)) return { version: current.version, changed: false };
  const version = current.version + 1;
  tx.insert(houseStyle)
    .values({ id: 1, ...style, version, updatedBy: userId })
    .onConflictDoUpdate({
      target: houseStyle.id,
      set: { ...style, version, updatedBy: userId, updatedAt: new Date().toISOString() },
    })
    .run();
  writeAudit(tx, {
    userId,
    action: "house_style",
    entity: "house_style",
    entityId: 1,
    before: current.style,
    after: style,
  });
  return { version, changed: true };
}
