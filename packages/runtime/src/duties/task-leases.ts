import type { TaskService } from "@bacowr/core";
import type { Duty } from "../duty";

/** Returns tasks of crashed workers (lease ran out) to pending, counting the attempt as failed. */
export function taskLeaseDuty(tasks: TaskService): Duty {
  return { name: "task-leases", run: () => tasks.reapExpiredLeases() };
}
