#!/usr/bin/env bash
# Runs docs/nginx/nghiquyet.conf (nginx from Debian, TLS) in front of the real site on spare ports with a self-signed
# certificate and a throw-away demo database, and checks what docs/reverse-proxy.md promises. Needs nginx, openssl,
# curl (apt-get install nginx); builds nothing: run `dotnet build src/NghiQuyet.Web -c Release` first.
# usage: scripts/reverse-proxy-check.sh        (ports: HTTP 18080, HTTPS 18443, site 15080; override with env;
#        PROXIES= scripts/reverse-proxy-check.sh shows what happens when the site is not told about nginx)
set -euo pipefail
cd "$(dirname "$0")/.."
HTTP_PORT="${HTTP_PORT:-18080}"; HTTPS_PORT="${HTTPS_PORT:-18443}"; APP_PORT="${APP_PORT:-15080}"
for tool in nginx openssl curl; do
  command -v "$tool" >/dev/null || { echo "thiếu $tool: sudo apt-get install nginx openssl curl" >&2; exit 1; }
done
DLL=src/NghiQuyet.Web/bin/Release/net10.0/NghiQuyet.Web.dll
[ -f "$DLL" ] || { echo "chưa build: dotnet build src/NghiQuyet.Web -c Release" >&2; exit 1; }

WORK="$(mktemp -d /tmp/nq-proxy-XXXXXX)"
SITE_PID=""; NGINX_STARTED=""
KEEP=""
cleanup() {
  [ -n "$NGINX_STARTED" ] && nginx -p "$WORK" -c "$WORK/nginx.conf" -s stop 2>/dev/null || true
  [ -n "$SITE_PID" ] && kill "$SITE_PID" 2>/dev/null || true
  [ -n "$KEEP" ] || rm -rf "$WORK"
}
trap cleanup EXIT

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" \
  -keyout "$WORK/privkey.pem" -out "$WORK/fullchain.pem" 2>/dev/null
# The documented server block, with this machine's ports, name and certificate.
sed -e "s|server 127.0.0.1:5000;|server 127.0.0.1:$APP_PORT;|" \
    -e "s|listen 80;|listen $HTTP_PORT;|; s|listen \[::\]:80;|listen [::1]:$HTTP_PORT;|" \
    -e "s|listen 443 ssl http2;|listen $HTTPS_PORT ssl http2;|; s|listen \[::\]:443 ssl http2;|listen [::1]:$HTTPS_PORT ssl http2;|" \
    -e "s|server_name nghiquyet.example.gov.vn;|server_name localhost;|" \
    -e "s|return 301 https://\$host\$request_uri;|return 301 https://\$host:$HTTPS_PORT\$request_uri;|" \
    -e "s|/etc/ssl/nghiquyet/|$WORK/|g" docs/nginx/nghiquyet.conf > "$WORK/site.conf"
cat > "$WORK/nginx.conf" <<CONF
user root;
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy;
  fastcgi_temp_path $WORK/fcgi; uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi;
  include $WORK/site.conf;
}
CONF
nginx -t -p "$WORK" -c "$WORK/nginx.conf" 2>&1 | sed 's/^/nginx -t: /'

dotnet "$DLL" --contentRoot "$PWD/src/NghiQuyet.Web" --urls "http://127.0.0.1:$APP_PORT" --proxies "${PROXIES-127.0.0.1,::1}" --db "$WORK/site.db" --demo true >"$WORK/site.log" 2>&1 &
SITE_PID=$!
nginx -p "$WORK" -c "$WORK/nginx.conf"; NGINX_STARTED=1
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$APP_PORT/health/live" >/dev/null 2>&1 && break; sleep 0.5; done

FAIL=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; FAIL=1; fi; }
H="$WORK/headers"; J="$WORK/cookies"
curl -ksS -o /dev/null -D "$H.http" "http://localhost:$HTTP_PORT/Account/Login"
check "HTTP redirects to HTTPS" "grep -qiE '^location: https://localhost:$HTTPS_PORT/Account/Login' $H.http"
curl -ksS -c "$J" -o "$WORK/login.html" -D "$H.login" "https://localhost:$HTTPS_PORT/Account/Login"
check "HSTS over HTTPS" "grep -qi '^strict-transport-security: max-age=31536000' $H.login"
check "CSP: script-src 'self', frame-ancestors 'none'" "grep -i '^content-security-policy:' $H.login | grep -q \"script-src 'self'\" && grep -i '^content-security-policy:' $H.login | grep -q \"frame-ancestors 'none'\""
check "X-Content-Type-Options, Referrer-Policy, X-Frame-Options" "grep -qi '^x-content-type-options: nosniff' $H.login && grep -qi '^referrer-policy:' $H.login && grep -qi '^x-frame-options: DENY' $H.login"
check "no Server: Kestrel (nginx without version)" "! grep -qi '^server: kestrel' $H.login && ! grep -qiE '^server: nginx/' $H.login"
check "anti-forgery cookie Secure, HttpOnly, SameSite=Strict" "grep -i '^set-cookie: nq.af=' $H.login | grep -qi 'secure' && grep -i '^set-cookie: nq.af=' $H.login | grep -qi 'httponly' && grep -i '^set-cookie: nq.af=' $H.login | grep -qi 'samesite=strict'"
TOKEN="$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$WORK/login.html" | head -n1 | sed 's/.*value="//; s/"$//')"
curl -ksS -b "$J" -c "$J" -o /dev/null -D "$H.signin" --data-urlencode "UserName=admin" --data-urlencode "Password=NghiQuyet@2026" \
  --data-urlencode "__RequestVerificationToken=$TOKEN" "https://localhost:$HTTPS_PORT/Account/Login"
check "sign-in cookie Secure, HttpOnly, SameSite=Strict" "grep -i '^set-cookie: nq.auth=' $H.signin | grep -qi 'secure' && grep -i '^set-cookie: nq.auth=' $H.signin | grep -qi 'httponly' && grep -i '^set-cookie: nq.auth=' $H.signin | grep -qi 'samesite=strict'"
check "signed in: the dashboard answers 200 through nginx" "[ \"\$(curl -ksS -b $J -o /dev/null -w '%{http_code}' https://localhost:$HTTPS_PORT/Dashboard/14)\" = 200 ]"
check "the site's own files through nginx (CSS)" "[ \"\$(curl -ksS -o /dev/null -w '%{http_code}' https://localhost:$HTTPS_PORT/css/site.css)\" = 200 ]"
check "/health/ready through nginx" "[ \"\$(curl -ksS https://localhost:$HTTPS_PORT/health/ready)\" = Healthy ]"
[ "$FAIL" = 0 ] && echo "Mọi kiểm tra đều đạt." || { KEEP=1; echo "Có kiểm tra không đạt; nhật ký: $WORK/site.log, $WORK/error.log" >&2; exit 1; }
