# The backend, with the built Mini App and dashboard (Caddy serves those from a shared volume).
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
EXPOSE 3000
# The backend ships TypeScript run by tsx, like every workspace here.
CMD ["node", "--import", "tsx", "backend/src/cli.ts", "start"]
