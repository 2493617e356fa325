export { createCourseWithDays, ensureCourse } from "./courses";
export type { TCourseSpec, TDaySpec, TStepSpec } from "./courses";
export { createUser, ensureUser } from "./users";
export type { TFactoryUser } from "./users";
export { BUILT_IN_STEP_TEMPLATES, ensureBuiltInStepTemplates } from "./step-templates";
