/** The calculation: the case, its validation and its results. No Office, no DOM. */
export * from "./catalogue";
export * from "./text";
export * from "./defaults";
export * from "./limits";
export * from "./schema";
export * from "./messages";
export * from "./validate";
export * from "./costs";
export * from "./phasing";
export * from "./finance";
export * from "./regions";
export * from "./scenarios";
export * from "./calculate";
export * from "./example";
export * from "./summary";
export * from "./sensitivity";
export * from "./plausibility";
