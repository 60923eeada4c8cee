export { defaultDuties } from "./duties";
export type { Duty } from "./duty";
export { startWorkerLoop, type WorkerLoop, type WorkerLoopOptions } from "./loop";
