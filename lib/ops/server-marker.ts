import fs from "node:fs";

/**
 * A running server leaves `<database>.server.json` beside its database ({pid, startedAt}),
 * removed when it exits. `db:restore` refuses while the process it names is alive; a marker
 * left by a killed server names a dead process and is ignored.
 */
export function markerFile(databaseFile: string): string {
  return `${databaseFile}.server.json`;
}

/**
 * Under the worker-per-core server (scripts/serve.mjs) the marker names the primary process,
 * which lives as long as the server; its workers leave it in place when one of them exits.
 */
export function writeServerMarker(
  databaseFile: string,
  pid = Number(process.env.CHI_TIEU_SERVER_PID) || process.pid,
): void {
  const file = markerFile(databaseFile);
  fs.writeFileSync(file, JSON.stringify({ pid, startedAt: new Date().toISOString() }));
  if (pid !== process.pid) return;
  const remove = () => {
    try {
      const current = JSON.parse(fs.readFileSync(file, "utf8")) as { pid: number };
      if (current.pid === pid) fs.rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
  // Next.js exits through process.exit on SIGINT/SIGTERM, which fires "exit"
  process.once("exit", remove);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid of a live server using this database, or null. */
export function runningServer(databaseFile: string): number | null {
  try {
    const { pid } = JSON.parse(fs.readFileSync(markerFile(databaseFile), "utf8")) as { pid: number };
    return typeof pid === "number" && pid !== process.pid && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}
