export * from "./decimal";
export * from "./vi-format";
export * from "./vi-parse";
export * from "./indicator-format";
