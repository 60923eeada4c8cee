/** The SDKs' messages usually start with the HTTP status already; never say it twice. */
export function withStatus(status: number | undefined, message: string): string {
  if (status === undefined || message.startsWith(String(status))) return message;
  return `${status} ${message}`;
}
