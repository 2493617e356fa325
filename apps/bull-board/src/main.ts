import { appEnv, assertEnv, authEnv, databaseEnv, redisEnv, s3Env, serverEnv } from "@gafus/config";
import { createLogger } from "@gafus/logger";
import { createApp } from "./create-app";

assertEnv(appEnv, authEnv, databaseEnv, redisEnv, s3Env, serverEnv);
const logger = createLogger("bull-board");
const { PORT, HOST } = serverEnv();
const { app, close } = createApp(logger);
const server = app.listen(PORT, HOST, () => logger.info({ port: PORT }, "bull-board listening"));

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    logger.info({ signal }, "shutting down");
    server.close(() => void close().finally(() => process.exit(0)));
  });
}
