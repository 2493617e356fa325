export { createUser, ensureUser } from "./users";
export type { TFactoryUser } from "./users";
