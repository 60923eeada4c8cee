export * from "./address-policy";
