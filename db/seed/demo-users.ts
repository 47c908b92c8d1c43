import type { Role } from "@/db/schema";
import { departments } from "./data/departments";
import { districts } from "./data/districts";

/** The one password of every demo account (printed in the README). */
export const DEMO_PASSWORD = "LangSon@2024";

export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export interface DemoUser {
  username: string;
  fullName: string;
  role: Role;
  department?: string;
}

export const demoUsers: DemoUser[] = [
  { username: "admin", fullName: "Quản trị hệ thống", role: "admin" },
  { username: "tonghop", fullName: "Nguyễn Thị Tổng Hợp", role: "planner", department: "skhdt" },
  { username: "lanhdao", fullName: "Hoàng Văn Lãnh Đạo", role: "leader" },
  ...departments.flatMap((d): DemoUser[] => [
    { username: `${d.code}.canbo`, fullName: `Cán bộ ${d.shortName}`, role: "officer", department: d.code },
    { username: `${d.code}.lanhdao`, fullName: `Lãnh đạo ${d.shortName}`, role: "dept_head", department: d.code },
  ]),
  // a district's officer and head are an officer and a department head of their unit
  ...districts.flatMap((d): DemoUser[] => [
    { username: `${d.code}.canbo`, fullName: `Cán bộ UBND ${lowerFirst(d.name)}`, role: "officer", department: d.code },
    {
      username: `${d.code}.lanhdao`,
      fullName: `Lãnh đạo UBND ${lowerFirst(d.name)}`,
      role: "dept_head",
      department: d.code,
    },
  ]),
];
