import { databasePath } from "./path";
import { migrateDatabase, openDatabase } from "./client";

const file = databasePath();
const { db, sqlite } = openDatabase(file);
migrateDatabase(db);
sqlite.close();
console.log(`Đã cập nhật cấu trúc cơ sở dữ liệu: ${file}`);
