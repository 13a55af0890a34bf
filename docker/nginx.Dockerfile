# nginx from Debian bookworm, configured at start from the repository's nginx.conf template rendered with
# this deployment's variables (scripts/render-nginx-conf.sh, mounted with the template by docker-compose.yml).
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}
RUN apt-get update && apt-get install -y --no-install-recommends nginx gettext-base curl \
    && rm -rf /var/lib/apt/lists/* && rm -f /etc/nginx/sites-enabled/default
EXPOSE 80 443
STOPSIGNAL SIGQUIT
CMD ["sh", "-c", "render-nginx-conf /etc/clearpath/nginx.conf >/tmp/nginx.conf && exec nginx -c /tmp/nginx.conf -g 'daemon off; error_log stderr warn;'"]
