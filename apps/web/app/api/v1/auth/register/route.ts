import { clientIp } from "@gafus/auth";
import { authEnv } from "@gafus/config";
import { AppError, registerUser } from "@gafus/core";
import { registerOp } from "@/contract/account";
import { route } from "@/server/api";
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
export const POST = route(registerOp, async ({ request, body, db }) => {
  const ip = clientIp(request.headers);
  await checkLimit(ip);
  const user = await registerUser({ db, input: body, ip });
  logger.info({ event: "auth.register", userId: user.id, ip }, "account registered");
  return { user };
});
