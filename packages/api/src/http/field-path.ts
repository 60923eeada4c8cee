/** `jobs[3].anchor_text`: array indices in brackets, as a client would write the path to a field. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let field = "";
  for (const part of path) {
    if (typeof part === "number") field += `[${part}]`;
    else field += field ? `.${String(part)}` : String(part);
  }
  return field;
}
