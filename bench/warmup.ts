/**
 * Seconds of the same load before every latency measurement, not measured. A production
 * server answers warm: measured on this 2-core machine, the dashboard's CPU per request falls
 * from 18 ms in the first 5 s of load to 11–13 ms at 5–15 s and levels off at about 8 ms
 * after 25 s (V8 compiles and optimises Next.js's and React's render path by invocation
 * counts), and the save path warms the same way. 30 s puts every measurement on the level.
 */
export const WARMUP_SECONDS = 30;
