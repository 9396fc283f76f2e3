# The backend, with the built Mini App and dashboard (Caddy serves those from a shared volume).
# Secrets come from the environment at run time (docker compose's env_file), never from the
# build context: .dockerignore keeps .env, keys and data/ out of every layer.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY backend/package.json backend/
COPY miniapp/package.json miniapp/
COPY web-dashboard/package.json web-dashboard/
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build:web

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
# The code stays root's and read-only to the process; it may write only its state: DATA_DIR
# (uploads, an embedded database if DATABASE_URL is unset) and the web volume's mount point.
RUN mkdir -p /app/data /app/web && chown node:node /app/data /app/web
# The node image's unprivileged user (uid 1000), by number so a runtime can check it is not root.
USER 1000:1000
EXPOSE 3000
# The backend ships TypeScript run by tsx, like every workspace here.
CMD ["node", "--import", "tsx", "backend/src/cli.ts", "start"]
