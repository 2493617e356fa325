export { addNewDay } from "./add-new-day";
export { addNewStep } from "./add-new-step";
export { addStepFromTemplate } from "./add-step-from-template";
export { createCourse } from "./create-course";
export { deleteStepTemplate } from "./delete-step-template";
export { getCourseForEditing } from "./get-course-for-editing";
export type { TCourseEditor } from "./get-course-for-editing";
export { getCoursePreview } from "./get-course-preview";
export type { TCoursePreview } from "./get-course-preview";
export { getDayForEditing } from "./get-day-for-editing";
export type { TDayEditor } from "./get-day-for-editing";
export { getStepForEditing } from "./get-step-for-editing";
export type { TStepEditor } from "./get-step-for-editing";
export { grantCourseAccess } from "./grant-course-access";
export { listAuthoredCourses } from "./list-authored-courses";
export { listDayLibrary } from "./list-day-library";
export { listReadyVideos } from "./list-ready-videos";
export { listStepLibrary } from "./list-step-library";
export { listStepTemplates } from "./list-step-templates";
export { publishCourse } from "./publish-course";
export { removeDayFromCourse } from "./remove-day-from-course";
export { removeStepFromDay } from "./remove-step-from-day";
export { reorderCourseDays } from "./reorder-course-days";
export { reorderDaySteps } from "./reorder-day-steps";
export { reuseDay } from "./reuse-day";
export { reuseStep } from "./reuse-step";
export { revokeCourseAccess } from "./revoke-course-access";
export { saveStepAsTemplate } from "./save-step-as-template";
export {
  COURSE_LEVELS,
  DAY_TYPES,
  SLUG_PATTERN,
  STEP_TYPES,
  ZAccessInput,
  ZCourseInput,
  ZCourseUpdate,
  ZDayInput,
  ZQuizInput,
  ZReorder,
  ZFromTemplate,
  ZReuseDay,
  ZReuseStep,
  ZStepInput,
  ZTemplateInput,
} from "./schemas";
export type { TCourseInput, TCourseUpdate, TDayInput, TQuizInput, TStepInput, TTemplateInput } from "./schemas";
export { slugify } from "./slugify";
export { unpublishCourse } from "./unpublish-course";
export { updateCourse } from "./update-course";
export { updateDay } from "./update-day";
export { updateStep } from "./update-step";
