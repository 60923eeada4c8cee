import { sharedTestConfig } from "@bacowr/vitest-config";
import { defineProject, mergeConfig } from "vitest/config";

export default mergeConfig(sharedTestConfig, defineProject({ test: {} }));
