# A fleet worker, built offline from the base image (grader sandbox base) and wheels made on
# the host first, so the build needs no registry and no network:
#   pip wheel -w docker/wheels pip async-timeout '.[fleet]'
# (async-timeout: redis needs it on the base's Python 3.11.2)
# It grades through the host's Docker engine (its socket is mounted, see docker-compose.yml).
FROM grader-base:bookworm
COPY docker/wheels /wheels
RUN set -- /wheels/pip-*.whl && python3 "$1/pip" install -q --no-index --find-links /wheels \
      --break-system-packages 'grader[fleet]' \
 && rm -rf /wheels /root/.cache
ENTRYPOINT ["grader", "worker"]
