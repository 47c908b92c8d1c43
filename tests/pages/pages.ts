/**
 * Every page of the app, with a concrete address and who opens it: the accessibility (axe),
 * 375 px and security-header checks run over this list (e2e/hardening-a11y.spec.ts), and
 * tests/unit/page-inventory.test.ts fails when an app/**\/page.tsx has no entry here.
 * Adding a page: add its route pattern (as the folder path, route groups left out), an
 * address with real values and a user who may open it.
 */
export interface PageCheck {
  /** the route as in app/ without route groups: "/entry/[dept]/[year]/[month]" */
  route: string;
  /** a concrete address of it */
  path: string;
  /** who opens it (null: signed out) */
  as: string | null;
  /** a selector that is there once the page is ready (hydrated forms: form[data-ready="true"]) */
  ready?: string;
}

export const PAGES: PageCheck[] = [
  { route: "/login", path: "/login", as: null, ready: 'button[type="submit"]:not([disabled])' },
  { route: "/", path: "/", as: "tonghop" },
  { route: "/forbidden", path: "/forbidden", as: "sct.canbo" },
  { route: "/entry", path: "/entry", as: "tonghop" },
  { route: "/entry/[dept]", path: "/entry/sct", as: "sct.lanhdao" },
  {
    route: "/entry/[dept]/[year]/[month]",
    path: "/entry/vpubnd/2024/12",
    as: "vpubnd.canbo",
    ready: 'form[data-ready="true"]',
  },
  { route: "/review", path: "/review?year=2024", as: "tonghop" },
  { route: "/notifications", path: "/notifications", as: "sct.canbo" },
  { route: "/dashboard", path: "/dashboard?year=2024&period=9T", as: "lanhdao", ready: "[data-headline]" },
  { route: "/units", path: "/units?year=2024&period=9T", as: "lanhdao" },
  { route: "/indicators", path: "/indicators?year=2024", as: "lanhdao" },
  { route: "/indicators/[code]", path: "/indicators/knxnk?year=2024", as: "lanhdao" },
  { route: "/summary", path: "/summary?year=2024&period=6T", as: "lanhdao" },
  { route: "/admin/users", path: "/admin/users", as: "admin" },
  { route: "/admin/plans", path: "/admin/plans", as: "admin" },
  { route: "/admin/sections", path: "/admin/sections", as: "admin" },
  { route: "/admin/indicators", path: "/admin/indicators?year=2024", as: "admin" },
  { route: "/admin/indicators/[code]", path: "/admin/indicators/knxnk?year=2024", as: "admin", ready: "form" },
  { route: "/admin/targets", path: "/admin/targets?year=2024", as: "admin" },
  { route: "/admin/departments", path: "/admin/departments", as: "admin" },
  { route: "/admin/import", path: "/admin/import?year=2024", as: "admin" },
  { route: "/admin/tokens", path: "/admin/tokens", as: "admin" },
  { route: "/admin/audit", path: "/admin/audit", as: "admin" },
  { route: "/draft", path: "/draft?year=2023&period=6T", as: "tonghop" },
  {
    route: "/draft/[year]/[period]",
    path: "/draft/2023/6T",
    as: "tonghop",
    ready: '[data-testid="draft-editor"][data-ready="true"]',
  },
  { route: "/templates", path: "/templates", as: "tonghop" },
  { route: "/help", path: "/help", as: "sct.canbo" },
  { route: "/account", path: "/account", as: "sct.canbo", ready: 'form[data-ready="true"]' },
  { route: "/templates/[code]", path: "/templates/knxnk", as: "tonghop", ready: 'form[data-ready="true"]' },
];
