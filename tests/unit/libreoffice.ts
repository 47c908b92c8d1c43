import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * LibreOffice and poppler from the tests (CI installs libreoffice-writer, libreoffice-calc and
 * poppler-utils): a file opens in LibreOffice when it converts to PDF headless, then is read
 * back with pdfinfo and pdftotext.
 */
export function run(command: string, args: string[]): string {
  return execFileSync(command, args, {
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, LANG: "vi_VN.UTF-8", LC_ALL: "vi_VN.UTF-8" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Converts the files to PDF in `dir` (a PDF per file, same name), with a fresh profile: no first-start dialogs, no clash with a running LibreOffice. */
export function convertToPdf(dir: string, files: string[]): void {
  const profile = `file://${path.join(dir, "profile")}`;
  run("libreoffice", [
    `-env:UserInstallation=${profile}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    dir,
    ...files,
  ]);
}

export const pdfPages = (file: string) => Number(run("pdfinfo", [file]).match(/^Pages:\s+(\d+)/m)![1]);

export const pdfPageSize = (file: string, page: number) =>
  run("pdfinfo", ["-f", String(page), "-l", String(page), file])
    .match(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/)!
    .slice(1)
    .map(Number);

export const pdfText = (file: string, page?: number) =>
  run("pdftotext", [...(page ? ["-f", String(page), "-l", String(page)] : []), "-layout", file, "-"]);
