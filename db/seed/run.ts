import { migrateDatabase, openDatabase } from "../client";
import { databasePath } from "../path";
import { loadReorganisation2025 } from "./load-2025";
import { isDatabaseEmpty, loadDemoProvince } from "./load-demo";

/** `npm run db:seed`: loads the demo province into an empty database (never over existing data). */
const file = databasePath();
const { db, sqlite } = openDatabase(file);
migrateDatabase(db);
if (!isDatabaseEmpty(db)) {
  console.log(`Cơ sở dữ liệu ${file} đã có dữ liệu: bỏ qua nạp dữ liệu mẫu.`);
} else {
  const result = loadDemoProvince(db);
  const year2025 = loadReorganisation2025(db);
  console.log(
    `Đã nạp tỉnh mẫu Lạng Sơn vào ${file}: ${result.indicators} chỉ tiêu, ${result.values + year2025.values} số liệu, ${result.users} tài khoản; năm 2025 sau sắp xếp đơn vị.`,
  );
}
sqlite.close();
