package io.recap.bench.gen;

/**
 * One phrase of the generator's phrase book in both languages (a translation pair), possibly with slots such as
 * {@code {s}} for a service or {@code {c}} for a concept.
 *
 * @param en the English text
 * @param vi the Vietnamese text
 */
public record Phrase(String en, String vi) {

    /** The text in {@code language}. */
    public String in(Language language) {
        return language == Language.EN ? en : vi;
    }
}
