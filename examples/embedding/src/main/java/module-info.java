/** The embedding example: a named module that needs only recap's index module (which brings the parser's). */
module io.recap.example.embedding {
    requires io.recap.index;
}
