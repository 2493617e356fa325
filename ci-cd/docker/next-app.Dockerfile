# One image per Next.js app: docker build -f ci-cd/docker/next-app.Dockerfile --build-arg APP=web .
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
ARG APP
ENV NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
RUN npm install -g pnpm@12.21.0
WORKDIR /repo
COPY . .
RUN pnpm install --frozen-lockfile && pnpm exec turbo run build --filter=@gafus/${APP}

FROM ${NODE_IMAGE} AS run
ARG APP
ENV NODE_ENV=production HOSTNAME=0.0.0.0 PORT=3000 NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
COPY --from=build /repo/apps/${APP}/.next/standalone ./
USER node
EXPOSE 3000
ENV APP=${APP}
CMD ["sh", "-c", "node apps/${APP}/server.js"]
