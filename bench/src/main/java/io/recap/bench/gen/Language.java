package io.recap.bench.gen;

/** The language a generated report is written in. */
public enum Language {
    /** English: {@code _index.md} (sometimes {@code _index.en.md}). */
    EN,
    /** Vietnamese: {@code _index.vi.md}. */
    VI
}
