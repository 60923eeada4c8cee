/**
 * bacowr-js — the name the BACOWR v1 reference imports the JavaScript client by
 * (`import { BacowrClient } from 'bacowr-js'`). It is @bacowr/sdk, whole.
 */
export * from "@bacowr/sdk";
