# syntax=docker/dockerfile:1
# A partner subgraph; every subgraph is in the image, the build argument picks the one it runs by default:
#   docker build -f docker/subgraph.Dockerfile --build-arg SUBGRAPH=uwv -t ketenregie/subgraph-uwv .
# or run any subgraph from one image by command: node --import tsx subgraphs/<name>/src/index.ts
# Final image: slim Node 20, non-root, production dependencies and sources only.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE}
ARG SUBGRAPH=regie
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4100 METRICS_PORT=9464 DATA_DIR=/app/data
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json tsconfig.json ./
COPY --chown=root:root common ./common
COPY --chown=root:root partner-kit ./partner-kit
COPY --chown=root:root subgraphs ./subgraphs
COPY --chown=root:root schema ./schema
# The log commands (npm run log:purge / log:verify), for the scheduled purge (deploy/k8s/log-retention.yaml).
COPY --chown=root:root scripts/log-purge.ts scripts/log-verify.ts ./scripts/
COPY --chown=root:root scripts/lib/logStores.ts scripts/lib/logPurge.ts scripts/lib/verifyChain.ts ./scripts/lib/
COPY --chown=root:root docker/healthcheck.js ./docker/healthcheck.js
RUN test -f "subgraphs/${SUBGRAPH}/src/index.ts" || { echo "SUBGRAPH must name a folder under subgraphs/, got '${SUBGRAPH}'"; exit 1; } \
  && ln -s "subgraphs/${SUBGRAPH}/src/index.ts" subgraph.ts \
  && find . -path ./node_modules -prune -o -name '__tests__' -type d -print | xargs rm -rf \
  && mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4100 9464
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 CMD ["node", "docker/healthcheck.js"]
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "subgraph.ts"]
