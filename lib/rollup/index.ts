export * from "./types";
export * from "./period-value";
export * from "./compare";
export * from "./report-row";
export * from "./pace";
export * from "./series";
