# syntax=docker/dockerfile:1
# jwt-diagnose Slack app (HTTP mode, or Socket Mode when SLACK_APP_TOKEN is set).
#
#   docker build -t jwt-diagnose .
#   docker run -p 3000:3000 -e SLACK_SIGNING_SECRET=... -e SLACK_BOT_TOKEN=xoxb-... jwt-diagnose       # HTTP mode
#   docker run -e SLACK_APP_TOKEN=xapp-... -e SLACK_BOT_TOKEN=xoxb-... jwt-diagnose                    # Socket Mode
#
# The app stops cleanly on SIGTERM (docker stop), so it needs no init process.
#
# Three stages: `deps` installs the production dependencies only (no devDependencies, no lifecycle scripts),
# `build` installs everything and compiles TypeScript (`npm ci` runs the `prepare` script = `npm run build`),
# the runtime stage takes node_modules from `deps` and dist/ from `build` and runs as the unprivileged `node` user.
# scripts/docker-build-check.sh replays these steps without a Docker engine; test/docker/dockerfile.test.ts keeps
# the two in step (COPY sources, RUN commands, CMD), so change them together.

FROM node:26-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:26-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

FROM node:26-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# Owned by root and read-only for the `node` user: the app writes nothing to disk.
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
# No curl in -slim images: Node's built-in fetch. In Socket Mode the app serves /healthz on the same PORT.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/slack/main.js"]
