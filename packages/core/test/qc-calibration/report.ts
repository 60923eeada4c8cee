import { formatCalibration, runCalibration } from "./calibration";

// `pnpm qc:calibrate`: the agreement table the calibration test judges, for people to read.
const run = await runCalibration();
console.log(formatCalibration(run));
