/** One recurring piece of background work the worker loop runs on every tick. */
export interface Duty {
  name: string;
  /** Does one bounded unit of work; resolves to how many items it handled. */
  run(signal: AbortSignal): Promise<number>;
}
