package io.recap.bench.gen;

/**
 * A speaker of a generated event.
 *
 * @param name  the name with Vietnamese diacritics ("Nguyễn Minh Quân")
 * @param ascii the name as English pages often write it ("Quan Nguyen")
 * @param role  the speaker's role
 * @param org   the speaker's organisation
 */
public record Person(String name, String ascii, Phrase role, Phrase org) {

    /** The name as written in a page of {@code language} ({@code ascii} chooses the undecorated form in English). */
    public String name(Language language, boolean ascii) {
        return language == Language.EN && ascii ? this.ascii : name;
    }
}
