# The bot's image: `docker compose up` (see docker-compose.yml and README.md, "Deployment").
# The base image is a build argument so that CI can build on a local Debian base where nothing
# can be pulled (tests/test_container.py); by default the pinned official slim image.
ARG BASE_IMAGE=python:3.11.11-slim-bookworm

# Stage 1: the dependencies, in a virtual environment that the final stage copies whole.
FROM ${BASE_IMAGE} AS build
# A CA bundle for a package proxy that presents its own certificate, mounted during the build
# (`podman build -v /etc/ssl/certs/ca-certificates.crt:/etc/ssl/certs/ca-certificates.crt:ro
# --build-arg PIP_CERT=/etc/ssl/certs/ca-certificates.crt`). A build argument, not ENV, so
# it does not stay in the image.
ARG PIP_CERT
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore
WORKDIR /src
COPY pyproject.toml requirements.lock ./
RUN if [ -z "${PIP_CERT:-}" ]; then unset PIP_CERT; fi \
    && python3 -m venv /opt/venv \
    && /opt/venv/bin/pip install --no-cache-dir --requirement requirements.lock

# Stage 2: the venv, the code, the interface catalogs and the knowledge base; no build tools.
FROM ${BASE_IMAGE}
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONPATH=/app \
    DATA_DIR=/data \
    KNOWLEDGE_DIR=/app/knowledge \
    EVAL_DIR=/app/eval \
    LOG_FORMAT=json
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
# The package runs from /app, with locales/ and knowledge/ beside it as in the repository.
# Editors can replace the knowledge base without a new image: mount a directory read-only
# on /app/knowledge.
COPY bot ./bot
COPY locales ./locales
COPY knowledge ./knowledge
# The evaluation questions a reload replays before it goes live (RELOAD_MAX_DROP).
COPY bench/data/eval ./eval
RUN useradd --uid 10001 --user-group --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin bot \
    && mkdir /data \
    && chown 10001:10001 /data \
    && python -m bot validate > /dev/null
USER 10001:10001
VOLUME ["/data"]
# Webhook mode listens here (PORT); polling mode opens no port.
EXPOSE 8080
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "-m", "bot", "health"]
ENTRYPOINT ["python", "-m", "bot"]
CMD ["run"]
