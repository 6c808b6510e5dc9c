package io.recap.model;

import java.util.Objects;

/**
 * A service from the catalog (an AWS service, tool or feature people treat as one).
 *
 * @param id           stable lower-case identifier such as {@code codedeploy}
 * @param name         the official name such as "AWS CodeDeploy"
 * @param abbreviation the short form people write ("CodeDeploy", "ECR"), or {@code null}
 * @param category     a lower-case category such as {@code devtools} or {@code containers}, or {@code null}
 */
public record Service(String id, String name, String abbreviation, String category) {

    /**
     * Validates the fields.
     *
     * @param id           stable lower-case identifier such as {@code codedeploy}
     * @param name         the official name such as "AWS CodeDeploy"
     * @param abbreviation the short form people write ("CodeDeploy", "ECR"), or {@code null}
     * @param category     a lower-case category such as {@code devtools} or {@code containers}, or {@code null}
     */
    public Service {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("blank service id or name");
        }
        abbreviation = Values.optional(abbreviation);
        category = Values.optional(category);
    }

    /**
     * The form to show people: the abbreviation when there is one, else the name.
     *
     * @return "CodeDeploy" for AWS CodeDeploy
     */
    public String shortName() {
        return abbreviation != null ? abbreviation : name;
    }
}
