-- The rating range (1..5) is checked by the API's schema (ZReviewInput). The CHECK constraint added in the learning
-- migration is dropped because the offline Prisma schema engine (../shared/tools/prisma-schema-engine) fails to
-- introspect tables with CHECK constraints ("Error in Schema engine:" with no message), which blocks
-- `prisma migrate dev` and `migrate diff` for every later change.
ALTER TABLE "CourseReview" DROP CONSTRAINT IF EXISTS "CourseReview_rating_range";

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('IN_APP', 'PUSH', 'TELEGRAM', 'EMAIL');

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "channel" "NotificationChannel" NOT NULL DEFAULT 'IN_APP',
    "eventId" UUID,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_eventId_userId_channel_key" ON "Notification"("eventId", "userId", "channel");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

