export { createCourseWithDays, ensureCourse } from "./courses";
export type { TCourseSpec, TDaySpec, TStepSpec } from "./courses";
export { createUser, ensureUser } from "./users";
export type { TFactoryUser } from "./users";
