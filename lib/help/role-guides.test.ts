import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/roles";
import { navigationFor } from "@/lib/auth/navigation";
import { ROLE_GUIDES } from "./role-guides";

describe("the guide of each role", () => {
  it.each([...ROLES])("%s: every page a step links to is in the role's own menu", (role) => {
    const user = { role, departmentId: role === "officer" || role === "dept_head" ? 1 : null };
    const menu = navigationFor(user).map((item) => item.href);
    const links = ROLE_GUIDES[role].steps.flatMap((step) => (step.href ? [step.href] : []));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(menu).toContain(href);
  });
});
