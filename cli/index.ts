import { eq } from "drizzle-orm";
import { parseArgs } from "node:util";
import path from "node:path";
import { migrateDatabase, openDatabase } from "@/db/client";
import { writeTransaction } from "@/db/write";
import { databasePath } from "@/db/path";
import { users } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { createApiToken } from "@/lib/auth/tokens";
import { restoreDatabase } from "@/lib/ops/restore";
import { remindersSendCommand } from "@/lib/reminders/cli";
import { sanitizeLine } from "@/lib/text/sanitize";
import { createUserSchema } from "@/lib/users/schemas";
import { createUser, setUserPassword, unlockUserLogin } from "@/lib/users/service";

const HELP = `Cách dùng: npm run cli -- <lệnh> [tham số]

  user:create --username <tên> --name "<họ tên>" --role <admin|planner|leader|dept_head|officer> [--department <mã đơn vị>] [--email <e-mail>] --password <mật khẩu>
  user:password <tên đăng nhập> <mật khẩu mới>
  user:unlock <tên đăng nhập>                       Xóa các lần đăng nhập sai đã ghi của người dùng (mọi địa chỉ)
  token:create <tên đăng nhập> [--name "<mô tả>"]   In ra mã truy cập API (chỉ hiện một lần)
  db:backup <tệp>                                   Sao lưu trực tuyến, an toàn khi ứng dụng đang chạy
  db:restore <tệp>                                  Khôi phục từ bản sao lưu (dừng máy chủ trước; bản cũ được giữ lại)
  reminders:send [--dry-run] [--date YYYY-MM-DD]    Gửi e-mail nhắc hạn báo cáo tháng (--dry-run: chỉ liệt kê, không gửi)`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === "help" || command === "--help") {
    console.log(HELP);
    return;
  }
  if (command === "db:restore") {
    const source = rest[0];
    if (!source) fail("Cần đường dẫn tệp sao lưu.\n\n" + HELP);
    try {
      const { previous } = await restoreDatabase(source, databasePath());
      const { db, sqlite } = openDatabase(databasePath());
      migrateDatabase(db);
      sqlite.close();
      console.log(
        `Đã khôi phục cơ sở dữ liệu từ ${path.resolve(source)}.` +
          (previous ? ` Bản trước đó được giữ tại ${previous}.` : ""),
      );
    } catch (error) {
      if (error instanceof DomainError) fail(error.message);
      throw error;
    }
    return;
  }
  const { db, sqlite } = openDatabase(databasePath());
  migrateDatabase(db);
  try {
    switch (command) {
      case "user:create": {
        const { values } = parseArgs({
          args: rest,
          options: {
            username: { type: "string" },
            name: { type: "string" },
            role: { type: "string" },
            department: { type: "string" },
            email: { type: "string" },
            password: { type: "string" },
          },
        });
        const parsed = createUserSchema.safeParse({
          username: values.username,
          fullName: values.name,
          role: values.role,
          department: values.department,
          email: values.email,
          password: values.password,
        });
        if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
        const { id } = writeTransaction(db, (tx) => createUser(tx, null, parsed.data));
        console.log(`Đã tạo người dùng ${parsed.data.username} (id ${id}).`);
        break;
      }
      case "user:password": {
        const [username, password] = rest;
        if (!username || !password) fail("Cần tên đăng nhập và mật khẩu mới.\n\n" + HELP);
        writeTransaction(db, (tx) => setUserPassword(tx, null, { username }, password));
        console.log(`Đã đổi mật khẩu của ${username}.`);
        break;
      }
      case "user:unlock": {
        const [username] = rest;
        if (!username) fail("Cần tên đăng nhập.\n\n" + HELP);
        const { cleared } = writeTransaction(db, (tx) => unlockUserLogin(tx, null, { username }));
        console.log(`Đã mở khóa đăng nhập của ${username} (${cleared} địa chỉ).`);
        break;
      }
      case "token:create": {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { name: { type: "string" } },
        });
        const username = positionals[0];
        if (!username) fail("Cần tên đăng nhập.\n\n" + HELP);
        const user = db.select().from(users).where(eq(users.username, username)).get();
        if (!user || !user.active) fail(`Không tìm thấy người dùng đang hoạt động "${username}".`);
        const { token } = createApiToken(
          db,
          user.id,
          values.name ? sanitizeLine(values.name).trim() : `CLI ${new Date().toISOString().slice(0, 10)}`,
        );
        console.log(token);
        console.error("Lưu mã này ngay: nó không được hiển thị lại. Dùng trong tiêu đề: Authorization: Bearer <mã>");
        break;
      }
      case "db:backup": {
        const target = rest[0];
        if (!target) fail("Cần đường dẫn tệp sao lưu.\n\n" + HELP);
        await sqlite.backup(path.resolve(target));
        console.log(`Đã sao lưu cơ sở dữ liệu vào ${path.resolve(target)}.`);
        break;
      }
      case "reminders:send":
        process.exitCode = await remindersSendCommand(db, rest, process.env);
        break;
      default:
        fail(`Lệnh không hợp lệ: ${command}\n\n${HELP}`);
    }
  } catch (error) {
    if (error instanceof DomainError) fail(error.message);
    throw error;
  } finally {
    sqlite.close();
  }
}

// a failure ends the process with its stack and exit code 1 (Node's unhandled rejection)
void main();
