export * from "./codes";
export * from "./labels";
export * from "./cutoff";
export * from "./deadline";
export * from "./default-period";
