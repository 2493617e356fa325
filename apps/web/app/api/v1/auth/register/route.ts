import { clientIp } from "@gafus/auth";
import { authEnv } from "@gafus/config";
import { AppError, registerUser, ZRegisterInput } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/core/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { getLimiter, logger } from "@/server/deps";

async function checkLimit(ip: string) {
  const env = authEnv();
  try {
    const limit = await getLimiter().hit(
      "register-ip",
      ip,
      env.AUTH_REGISTER_LIMIT_PER_IP,
      env.AUTH_RATE_WINDOW_SECONDS,
    );
    if (!limit.allowed) {
      throw new AppError("rate_limited", "Too many registrations from your network. Try again later.", {
        retryAfterSeconds: limit.retryAfterSeconds,
      });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    logger.error({ err: error }, "registration rate limit unavailable; allowing the attempt");
  }
}

/** POST /api/v1/auth/register — creates a student account. */
export const POST = apiRoute(async (request: Request) => {
  const ip = clientIp(request.headers);
  await checkLimit(ip);
  const input = await readJsonBody(request, ZRegisterInput);
  const user = await registerUser({ db: getDb(), input, ip });
  logger.info({ event: "auth.register", userId: user.id, ip }, "account registered");
  return jsonResponse({ user }, 201);
});
