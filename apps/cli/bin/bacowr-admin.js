#!/usr/bin/env node
import { launch } from "./launch.js";

await launch("bacowr-admin", "../src/admin.ts");
