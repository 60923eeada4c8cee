export { type AdminClient, CliError, createAdminClient } from "./http-client";
