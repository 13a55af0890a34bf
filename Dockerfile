# One image for every Node service: the gateway (all-in-one by default, split mode when SUBGRAPH_*_URL are
# set) and the three subgraphs (`node subgraphs/<name>/dist/main.js`, see docker-compose.yml).
# BASE_IMAGE: any image with Node 20, npm and a `node` user. Without a registry, build clearpath/node:20
# with scripts/docker-base.sh and pass --build-arg BASE_IMAGE=clearpath/node:20.
ARG BASE_IMAGE=node:20-bookworm-slim
# An image whose /root/.npm holds a cache of every locked package, for builds whose containers cannot reach
# the npm registry (scripts/docker-base.sh makes clearpath/npm-cache); by default the base image: no cache.
ARG NPM_CACHE_IMAGE=${BASE_IMAGE}

FROM ${NPM_CACHE_IMAGE} AS npm-cache

# The workspace manifests and the lockfile, found wherever they are, so that dependency layers are rebuilt
# only when one of them changes (COPY --from is cached by content).
FROM ${BASE_IMAGE} AS sources
WORKDIR /src
COPY . .
RUN mkdir /manifests && cp package-lock.json /manifests/ \
    && find . -name node_modules -prune -o -name package.json -exec cp --parents {} /manifests/ \;

FROM ${BASE_IMAGE} AS manifests
WORKDIR /app
COPY --from=sources /manifests ./

# All dependencies, dev included. No install scripts: the project approves none (package.json allowScripts),
# whichever npm version runs this.
FROM manifests AS dev-deps
COPY --from=npm-cache /root/ /root/
RUN npm ci --prefer-offline --ignore-scripts --no-audit --no-fund

FROM dev-deps AS build
COPY . .
RUN TURBO_TELEMETRY_DISABLED=1 npm run build \
    && mkdir /dist && find . -name node_modules -prune -o -name dist -type d -prune -exec cp -r --parents {} /dist/ \;

# Production dependencies of the gateway and the workspaces it runs (the dashboard is bundled in web/dist),
# offline from the packages dev-deps already fetched.
FROM manifests AS production-deps
COPY --from=dev-deps /root/.npm/_cacache /root/.npm/_cacache
RUN npm ci --offline --ignore-scripts --no-audit --no-fund --omit=dev -w gateway && rm -rf /root/.npm

FROM ${BASE_IMAGE} AS runtime
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY --from=production-deps /app ./
COPY schema schema
# Every workspace's build output (libs, subgraphs, gateway, the dashboard in web/dist).
COPY --from=build /dist ./
# Code stays root-owned, read-only to the process; only the embedded mode's data directory is writable.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000 8001 8002 8003
# Every service answers /health/ready on its PORT: 200 once migrated and while PostgreSQL and Redis answer
# and it is not shutting down (the gateway's /health would also turn red with any subgraph). Generous
# timeouts: a Node process starts for each check, which takes seconds on a loaded 2-core machine.
HEALTHCHECK --interval=10s --timeout=20s --start-period=180s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "gateway/dist/main.js"]
