export * from "./vocabulary";
export * from "./organisation";
export * from "./plan";
export * from "./reporting";
export * from "./changes";
export * from "./drafts";
export * from "./reminders";
