# Headroom's production image: the jar is built from the sources with the Maven wrapper
# (Vaadin's pre-compiled bundle, so no Node is needed), then run on a JRE.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline || true
COPY frontend frontend
COPY src src
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:25-jre
# The image is for production: the mariadb profile (no demo data, first admin from the environment).
ENV SPRING_PROFILES_ACTIVE=mariadb
# fontconfig and a font: the content analytics chart measures its labels with AWT, which needs them.
RUN apt-get update && apt-get install -y --no-install-recommends curl fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app headroom
WORKDIR /app
COPY --from=build /src/target/headroom-*.jar /app/headroom.jar
USER headroom
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/headroom.jar"]
