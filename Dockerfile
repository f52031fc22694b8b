# hireable in a container: built with Maven on a JDK, run on a JRE only, as a user without privileges.
#
#   docker build -t hireable .
#   docker run --rm -v "$PWD:/work:ro" hireable dir /work
#   docker run --rm -e GITHUB_TOKEN hireable user LOGIN --format json
#
# The tests run before the image is built (CI and the release workflow), so the build stage skips them.

FROM eclipse-temurin:17-jdk-noble AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/main/ src/main/
COPY rules/ rules/
RUN sh ./mvnw -B -q package -Dmaven.test.skip=true -Dcds.skip

FROM eclipse-temurin:17-jre-noble
LABEL org.opencontainers.image.title="hireable" \
      org.opencontainers.image.description="Audits a machine-learning candidate's GitHub portfolio against the three-project standard." \
      org.opencontainers.image.licenses="Apache-2.0"
RUN groupadd --system --gid 10001 hireable \
    && useradd --system --uid 10001 --gid hireable --create-home --home-dir /home/hireable hireable
COPY --from=build /src/target/hireable.jar /opt/hireable/lib/hireable.jar
COPY bin/hireable /opt/hireable/bin/hireable
COPY rules/ /opt/hireable/rules/
COPY examples/ /opt/hireable/examples/
# the class-data archive, made by the JRE that runs it, for the jar where it lies: it halves start-up time
WORKDIR /opt/hireable
RUN HIREABLE_CDS=create NO_COLOR=1 sh bin/hireable dir examples/churn-guard examples/review-sentiment \
        examples/titanic-notebook > /dev/null \
    && test -s lib/hireable.jsa \
    && chmod 0755 bin/hireable \
    && ln -s /opt/hireable/bin/hireable /usr/local/bin/hireable
USER 10001:10001
WORKDIR /work
ENTRYPOINT ["/opt/hireable/bin/hireable"]
CMD ["--help"]
