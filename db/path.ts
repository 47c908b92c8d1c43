import path from "node:path";

/** The SQLite file: DATABASE_URL=file:/path/x.db overrides the default data/app.db. */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL;
  if (!url) return path.resolve(/*turbopackIgnore: true*/ process.cwd(), "data", "app.db");
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL phải có dạng file:/đường/dẫn.db (nhận được "${url}")`);
  const file = url.slice("file:".length);
  return file === ":memory:" ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

export const MIGRATIONS_FOLDER = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");
