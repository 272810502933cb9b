# Builds the API and the web client, then runs them on a slim image.
FROM rust:1.95-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN scripts/ensure-tools.sh && scripts/build-web-client.sh && cargo build --release -p api

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/buurtverbinders /usr/local/bin/buurtverbinders
COPY --from=build /src/web-client/dist /srv/web-client
ENV WEB_CLIENT_DIR=/srv/web-client BIND_ADDRESS=0.0.0.0:8080
EXPOSE 8080
USER nobody
CMD ["buurtverbinders", "serve"]
