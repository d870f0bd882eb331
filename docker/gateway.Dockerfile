# syntax=docker/dockerfile:1
# The intermediary's gateway. Build from the repository root:
#   docker build -f docker/gateway.Dockerfile -t ketenregie/gateway .
# Stages: production dependencies (native better-sqlite3 compiled here), the explorer and front end (dev tools,
# never copied on), and the final image: slim Node 20, non-root, production dependencies and sources only.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS web
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web

FROM ${NODE_IMAGE}
# A heap cap makes V8 collect old space at 256 MB instead of keeping what it grew to (docs/production.md, memory).
ENV NODE_OPTIONS=--max-old-space-size=256
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 METRICS_PORT=9464 DATA_DIR=/app/data APOLLO_TELEMETRY_DISABLED=true
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json tsconfig.json ./
COPY --chown=root:root common ./common
COPY --chown=root:root gateway ./gateway
COPY --chown=root:root schema ./schema
COPY --chown=root:root client/__generated__/persisted-documents.json ./client/__generated__/persisted-documents.json
COPY --from=web --chown=root:root /app/dist/explorer ./dist/explorer
COPY --from=web --chown=root:root /app/dist/web ./dist/web
COPY --chown=root:root docker/healthcheck.js ./docker/healthcheck.js
# Code and configuration belong to root and are read-only for the service; only DATA_DIR is writable.
RUN find . -path ./node_modules -prune -o -name '__tests__' -type d -print | xargs rm -rf \
  && mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000 9464
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "docker/healthcheck.js"]
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "gateway/src/index.ts"]
