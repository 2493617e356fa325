# One-shot job: applies migrations (and, with SEED=1, the demo seed) before the apps start.
FROM node:24-bookworm-slim
RUN npm install -g pnpm@12.21.0
WORKDIR /repo
COPY . .
RUN pnpm install --frozen-lockfile
WORKDIR /repo/packages/prisma
CMD ["sh", "-c", "pnpm exec prisma migrate deploy && if [ \"$SEED\" = 1 ]; then pnpm run seed; fi"]
