import { expect, test } from "@playwright/test";
import http from "node:http";
import { hostilePaths } from "../tests/corpus/bad-input";
import { apiSession, e2eDatabase, ensureTestDepartment, makeCall, serverActionIds } from "./hardening-fixtures";

/**
 * Paths that name a page or an API route behind a built file's name ("/_next/static/..%2f..%2fentry/…",
 * tests/corpus/bad-input.ts) pass the front door (proxy.ts, lib/ops/front-door.ts): each answer
 * carries its request id and nonce policy, and a server action or API change from another site or
 * without Origin is refused, nothing stored. Sent with node:http, which sends a path as it is given
 * (a browser or fetch would resolve the dots first). The only answer without the front door is
 * Next.js's own redirect of a backslash or a double slash to the clean path, which runs nothing.
 */
const DEPT = "hzpath";
const MONTH = 5;

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function raw(
  baseURL: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname, port, method, path, headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** Next.js answers a path with `\` or `//` with a redirect to the clean path before any route runs. */
const redirectedByNext = (path: string) => /\\|\/\//.test(path);

function expectFrontDoor(path: string, answer: RawAnswer, statuses: number[]) {
  const what = `${path} → ${answer.status} ${answer.body.slice(0, 120)}`;
  if (redirectedByNext(path) && answer.status === 308) {
    expect(answer.headers.location, what).not.toMatch(/%|\\/);
    return;
  }
  expect(answer.headers["x-request-id"], what).toMatch(/^[0-9a-f-]{36}$/);
  expect(String(answer.headers["content-security-policy"]), what).toMatch(/script-src 'self' 'nonce-/);
  expect(statuses, what).toContain(answer.status);
}

test("[HARDEN] paths behind built files' names pass the front door: a server action without or from another Origin is refused, nothing stored", async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  ensureTestDepartment(DEPT);
  const officer = await apiSession(baseURL!, `${DEPT}.canbo`);
  const cookie = (await officer.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const action = serverActionIds().get("lib/entry/actions.ts#saveNarrativeAction");
  expect(action, "saveNarrativeAction in the build").toBeDefined();
  const narrative = (path: string) =>
    JSON.stringify([
      { department: DEPT, year: 2024, month: MONTH, highlights: `qua ${path}`, difficulties: "", tasks: "" },
    ]);
  const actionHeaders = {
    "next-action": action!.id,
    "content-type": "text/plain;charset=UTF-8",
    accept: "text/x-component",
    cookie,
  };

  for (const path of hostilePaths(`entry/${DEPT}/2024/${MONTH}`)) {
    // the page itself, read with the session: routed as the router does, or refused, always through the front door
    expectFrontDoor(path, await raw(baseURL!, "GET", path, { cookie }), [200, 307, 400, 404]);
    // the action without Origin (a script), and from another site
    expectFrontDoor(path, await raw(baseURL!, "POST", path, actionHeaders, narrative(path)), [400, 403]);
    expectFrontDoor(
      path,
      await raw(baseURL!, "POST", path, { ...actionHeaders, origin: "https://evil.example" }, narrative(path)),
      [400, 403],
    );
  }
  for (const path of hostilePaths(`api/v1/submissions/${DEPT}/2024/${MONTH}/values`)) {
    const body = JSON.stringify({ values: [{ indicator: `${DEPT}.ct1`, value: "7", status: "estimate" }] });
    const answer = await raw(
      baseURL!,
      "PUT",
      path,
      { cookie, origin: "https://evil.example", "content-type": "application/json" },
      body,
    );
    expectFrontDoor(path, answer, [400, 403]);
  }

  const db = e2eDatabase();
  try {
    const stored = (table: string) =>
      db
        .prepare(`select count(*) as n from ${table} t join departments d on d.id = t.department_id where d.code = ?`)
        .get(DEPT) as { n: number };
    expect(stored("narratives")).toEqual({ n: 0 });
    expect(stored("indicator_values")).toEqual({ n: 0 });
  } finally {
    db.close();
  }

  // the same call from the site itself at the page's own address is taken: the refusals above were the paths'
  const control = await makeCall(
    officer,
    {
      kind: "action",
      file: "lib/entry/actions.ts",
      exportName: "saveNarrativeAction",
      args: JSON.parse(narrative("/")),
    },
    { dept: DEPT, year: "2024", month: String(MONTH) },
  );
  expect(control.status, control.body).toBe(200);
  await officer.dispose();
});
