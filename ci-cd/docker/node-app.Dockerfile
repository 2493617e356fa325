# Node services run from TypeScript source with tsx (bull-board; later worker, telegram-bot, collab):
# docker build -f ci-cd/docker/node-app.Dockerfile --build-arg APP=bull-board .
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE}
ARG APP
ENV NODE_ENV=production APP=${APP}
RUN npm install -g pnpm@12.21.0
# The worker transcodes trainers' videos (video-transcoding queue): it needs ffmpeg and ffprobe.
RUN if [ "$APP" = worker ]; then apt-get update && apt-get install -y --no-install-recommends ffmpeg \
  && rm -rf /var/lib/apt/lists/*; fi
WORKDIR /repo
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @gafus/prisma run generate
USER node
WORKDIR /repo/apps/${APP}
CMD ["node", "--import", "tsx", "src/main.ts"]
