// Rendering of trainer-written content shared by the student app and the trainer panel's preview.
export { embedUrl } from "./embed-url";
export { Markdown } from "./markdown";
export { QuizQuestions } from "./quiz-questions";
export type { TQuizQuestion } from "./quiz-questions";
export { StepCard } from "./step-card";
export type { TStepCardStep, TStepStatus, TStepType } from "./step-card";
export { StepTaskPreview } from "./step-task-preview";
