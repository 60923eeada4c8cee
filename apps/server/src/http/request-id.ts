import { prefixedId } from "@bacowr/core";

const acceptable = /^[A-Za-z0-9._:-]{1,128}$/;

/** Echo the client's `X-Request-ID` when it is sane, otherwise mint `req_…`. */
export function chooseRequestId(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && acceptable.test(given) ? given : prefixedId("req", 20);
}
