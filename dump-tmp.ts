import { values, indicators } from "./db/seed/data";
const codes = process.argv.slice(2);
for (const ind of indicators.filter(i => codes.length === 0 || codes.includes(i.code))) {
  for (const y of [2021, 2022, 2023, 2024]) {
    const vs = values.filter(v => v.indicator === ind.code && v.year === y);
    if (!vs.length) continue;
    console.log(ind.code.padEnd(22), y, vs.map(v => `${v.period}=${v.value}${v.status === "estimate" ? "e" : ""}`).join(" "));
  }
}
console.log("values:", values.length, "indicators:", indicators.length);
