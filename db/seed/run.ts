import { migrateDatabase, openDatabase } from "../client";
import { databasePath } from "../path";
import { isDatabaseEmpty, loadDemoProvince } from "./load-demo";

/** `npm run db:seed`: loads the demo province into an empty database (never over existing data). */
const file = databasePath();
const { db, sqlite } = openDatabase(file);
migrateDatabase(db);
if (!isDatabaseEmpty(db)) {
  console.log(`Cơ sở dữ liệu ${file} đã có dữ liệu: bỏ qua nạp dữ liệu mẫu.`);
} else {
  const result = loadDemoProvince(db);
  console.log(
    `Đã nạp tỉnh mẫu Lạng Sơn vào ${file}: ${result.indicators} chỉ tiêu, ${result.values} số liệu, ${result.users} tài khoản.`,
  );
}
sqlite.close();
