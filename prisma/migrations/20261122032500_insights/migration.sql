-- Course statistics read progress by placement across all students (the unique indexes lead with userId).
CREATE INDEX "UserDay_dayOnCourseId_idx" ON "UserDay"("dayOnCourseId");

CREATE INDEX "UserStep_dayOnCourseId_stepOnDayId_idx" ON "UserStep"("dayOnCourseId", "stepOnDayId");
