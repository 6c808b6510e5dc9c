/**
 * The immutable domain model of an event report ({@link io.recap.model.Report} and its parts). Depends on
 * nothing but {@code java.base}; see {@link io.recap.model} for the conventions every type keeps.
 */
module io.recap.model {
    exports io.recap.model;
}
