export { createEmptyDatabase, createTestDatabase } from "./test-database";
export type { TTestDatabase } from "./test-database";
export { createTestRedis } from "./test-redis";
export type { TTestRedis } from "./test-redis";
export { createTestBucket } from "./test-bucket";
export { makeCourse, makeUser, TEST_PASSWORD } from "./factories";
export { startRedisServer } from "./redis-server";
export { startFakeLlm } from "./fake-llm";
export type { TFakeLlmMode } from "./fake-llm";
