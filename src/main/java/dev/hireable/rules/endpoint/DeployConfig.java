package dev.hireable.rules.endpoint;

import dev.hireable.rules.Evidence;

/**
 * A file that deploys the project.
 *
 * @param platform where it deploys (the vocabulary's name, e.g. {@code Heroku (Procfile)} or {@code kubectl apply})
 */
record DeployConfig(String path, String platform, Evidence evidence) {

    String describe() {
        return path + " (" + platform + ")";
    }
}
