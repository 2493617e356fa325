export * from "./errors";
export { appendOutboxEvent, OUTBOX_CHANNEL, ZEventEnvelope } from "./events/outbox";
export { relayOutboxBatch } from "./events/relay-outbox";
export type { TPublish } from "./events/relay-outbox";
export type { TEventEnvelope } from "./events/outbox";
export { checkReadiness } from "./system/check-readiness";
export type { TCheck, TReadiness } from "./system/check-readiness";
export { getProfile } from "./users/get-profile";
export { registerUser } from "./users/register-user";
export { updateProfile } from "./users/update-profile";
export { LOCALES, ZProfile, ZProfileUpdate, ZRegisterInput, isTimeZone } from "./users/schemas";
export type { TProfile, TProfileUpdate, TRegisterInput } from "./users/schemas";
export { assertCanViewCourse, findVisibleCourse, visibleCoursesWhere } from "./courses/course-visibility";
export type { TViewer } from "./courses/course-visibility";
export { getCourse } from "./courses/get-course";
export type { TCoursePage } from "./courses/get-course";
export { listCatalog, ZCatalogQuery } from "./courses/list-catalog";
export type { TCatalogItem, TCatalogQuery } from "./courses/list-catalog";
export { saveReview, ZReviewInput } from "./courses/save-review";
export { setFavorite } from "./courses/set-favorite";
export { completeStep } from "./training/complete-step";
export type { TStepAddress } from "./training/complete-step";
export { controlStepTimer } from "./training/control-step-timer";
export type { TTimerAction } from "./training/control-step-timer";
export { enrollInCourse } from "./training/enroll-in-course";
export { getTrainingDay } from "./training/get-training-day";
export type { TTrainingDay } from "./training/get-training-day";
export { listDiaryEntries } from "./training/list-diary-entries";
export { ZQuiz } from "./training/quiz";
export type { TQuiz } from "./training/quiz";
export { submitExam, ZExamSubmission } from "./training/submit-exam";
export type { TExamSubmission } from "./training/submit-exam";
export { writeDiaryEntry, ZDiaryEntryInput } from "./training/write-diary-entry";
export { applyTrainingEvent } from "./achievements/apply-training-event";
export { BADGES } from "./achievements/badges";
export type { TBadge } from "./achievements/badges";
export { getAchievements } from "./achievements/get-achievements";
export { addPreventionEntry } from "./pets/add-prevention-entry";
export { createPet } from "./pets/create-pet";
export { deletePet } from "./pets/delete-pet";
export { deletePreventionEntry } from "./pets/delete-prevention-entry";
export { listPets } from "./pets/list-pets";
export { ZPetInput, ZPetUpdate, ZPreventionInput } from "./pets/schemas";
export { updatePet } from "./pets/update-pet";
export { storeExamVideo } from "./media/store-exam-video";
export { personalize } from "./training/personalize";
export { getPetPhoto } from "./pets/get-pet-photo";
export { PET_PHOTO_MAX_BYTES, setPetPhoto } from "./pets/set-pet-photo";
export { countUnread, listNotifications } from "./notifications/list-notifications";
export { markNotificationsRead, ZMarkRead } from "./notifications/mark-notifications-read";
export { notifyFromEvent } from "./notifications/notify-from-event";
export { getExamVideo } from "./reviews/get-exam-video";
export { countPendingExams, listPendingExams } from "./reviews/list-pending-exams";
export { loadExamForReview } from "./reviews/load-exam-for-review";
export { reviewExam, ZExamReview } from "./reviews/review-exam";
export type { TExamReview } from "./reviews/review-exam";
export { cleanupExamVideos, EXAM_VIDEO_RETENTION } from "./maintenance/cleanup-exam-videos";
export { createTelegramChannel, createWebPushChannel, topicFor, TransientSendError } from "./push/channels";
export type { TChannel, TChannels, TWebPushAddress } from "./push/channels";
export { fanOutNotifications } from "./push/fan-out-notifications";
export type { TPlannedDelivery } from "./push/fan-out-notifications";
export { sendDelivery } from "./push/send-delivery";
export type { TDeliveryResult } from "./push/send-delivery";
export { markDeliveryFailed } from "./push/mark-delivery-failed";
export { findDeliveriesToResume } from "./push/find-deliveries-to-resume";
export { quietUntil } from "./push/quiet-hours";
export { renderPushMessage } from "./push/push-messages";
export {
  deletePushSubscription,
  listPushSubscriptions,
  savePushSubscription,
  ZPushSubscriptionInput,
  ZPushUnsubscribe,
} from "./push/push-subscriptions";
export {
  getNotificationSettings,
  NOTIFICATION_KINDS,
  updateNotificationSettings,
  ZNotificationSettingsInput,
} from "./notifications/notification-settings";
export type { TNotificationSettings } from "./notifications/notification-settings";
export { nextReminderRun } from "./reminders/next-reminder-run";
export { ZReminderInput } from "./reminders/reminder-schemas";
export type { TReminderInput } from "./reminders/reminder-schemas";
export { saveReminder } from "./reminders/save-reminder";
export { listReminders } from "./reminders/list-reminders";
export { deleteReminder } from "./reminders/delete-reminder";
export { runDueReminders } from "./reminders/run-due-reminders";
export { notifyTimerEnd } from "./reminders/notify-timer-end";
export type { TTimerEnd } from "./reminders/notify-timer-end";
export { runReengagement } from "./reengagement/run-reengagement";
export { getReengagementMetrics } from "./reengagement/get-reengagement-metrics";
export type { TReengagementMetrics } from "./reengagement/get-reengagement-metrics";
export { REENGAGEMENT_LEVELS } from "./reengagement/reengagement-levels";
export { listReminderCourses } from "./reminders/list-reminder-courses";
