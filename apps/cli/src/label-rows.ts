/** Rows of `label: value` with the values aligned; a value's further lines are indented under its first. */
export function labelRows(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows
    .map(([label, value]) =>
      value
        .split("\n")
        .map((line, i) => `${(i === 0 ? `${label}:` : "").padEnd(width)}${line}`)
        .join("\n"),
    )
    .join("\n");
}
