#!/usr/bin/env bash
# Serves a built dist/ with nginx and deploy/nginx.conf, on loopback, in the foreground.
# Usage: scripts/serve.sh [DIST] [PORT]   (defaults: dist 8080)
# SERVE_INLINE_STYLES=1 lets pages set style attributes (the benchmark's vis-timeline peer
# positions its items so; the site itself never does, and its policy refuses them).
set -euo pipefail
cd "$(dirname "$0")/.."

root=$(realpath "${1:-dist}")
port=${2:-8080}
[ -f "$root/index.html" ] || { echo "serve: $root/index.html is missing; run 'make dist' first" >&2; exit 1; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "serve: nginx is missing; run scripts/bootstrap.sh" >&2; exit 1; }
export PATH="$PATH:/usr/sbin"

run=$(mktemp -d -t minesafe-nginx.XXXXXX)
trap 'rm -rf "$run"' EXIT
sed -e "s|^    listen 8080;|    listen 127.0.0.1:$port;|" \
    -e "s|^    root /var/www/minesafe;|    root $root;|" deploy/nginx.conf > "$run/site.conf"
[ -z "${SERVE_INLINE_STYLES:-}" ] || sed -i "s|style-src 'self';|style-src 'self' 'unsafe-inline';|" "$run/site.conf"
# As root, nginx would hand the files to 'nobody', who may not read a checkout under /root.
user_line=""
[ "$(id -u)" -ne 0 ] || user_line="user root;"
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
[ -f "$brotli_module" ] || { echo "serve: nginx's Brotli module is missing; run scripts/bootstrap.sh" >&2; exit 1; }
cat > "$run/nginx.conf" <<CONF
$user_line
load_module $brotli_module;
worker_processes 1;
daemon off;
pid $run/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $run/body;
    proxy_temp_path $run/proxy;
    fastcgi_temp_path $run/fastcgi;
    uwsgi_temp_path $run/uwsgi;
    scgi_temp_path $run/scgi;
    include $run/site.conf;
}
CONF
echo "minesafe: serving $root at http://127.0.0.1:$port/ (Ctrl-C stops)"
nginx -p "$run" -c "$run/nginx.conf" &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null; wait $nginx_pid 2>/dev/null; rm -rf "$run"' EXIT INT TERM
wait $nginx_pid
