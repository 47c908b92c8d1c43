export { departments } from "./departments";
export { sections } from "./sections";
export { indicators } from "./indicators";
export { targets } from "./targets";
export { values } from "./values";
export { coverage } from "./coverage";
export { narratives } from "./narratives";
export type * from "./types";
