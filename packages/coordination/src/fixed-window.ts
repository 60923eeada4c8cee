/** The window a hit falls in, shared by both stores so every instance agrees on boundaries. */
export function fixedWindow(nowMs: number, windowSeconds: number): { index: number; resetSeconds: number } {
  const windowMs = windowSeconds * 1000;
  const index = Math.floor(nowMs / windowMs);
  const resetSeconds = Math.max(1, Math.ceil(((index + 1) * windowMs - nowMs) / 1000));
  return { index, resetSeconds };
}
