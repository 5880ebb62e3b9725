# A first image (issue 2); issue 5 completes it: health check, compose file, built and run in CI.
# The base image is a build argument so that CI can build on a local base where nothing can be
# pulled; by default the pinned official slim image.
ARG BASE_IMAGE=python:3.11.11-slim-bookworm

FROM ${BASE_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN python3 -m venv /opt/venv \
    && /opt/venv/bin/pip install --no-cache-dir .

FROM ${BASE_IMAGE}
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONPATH=/app \
    DATA_DIR=/data \
    KNOWLEDGE_DIR=/app/knowledge
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
# The package runs from /app so that knowledge/ and locales/ sit beside it; knowledge/ can be
# replaced by mounting a volume on /app/knowledge.
COPY bot ./bot
COPY locales ./locales
COPY knowledge ./knowledge
RUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin bot \
    && mkdir -p /data && chown 10001:10001 /data
USER 10001
VOLUME ["/data"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["python", "-m", "bot"]
CMD ["run"]
