export { departments } from "./departments";
export { sections } from "./sections";
export { indicators } from "./indicators";
export { targets } from "./targets";
export { values } from "./values";
export { coverage } from "./coverage";
export { results } from "./results";
export { narratives } from "./narratives";
export type * from "./types";
