package io.recap.cli;

/** When to colour output ({@code --color WHEN}). */
enum ColorChoice {
    /** On a terminal, unless {@code NO_COLOR} is set (to anything but "") or {@code TERM} is "dumb". */
    auto,
    /** Always, even in a pipe (for {@code less -R}); an explicit choice that overrides {@code NO_COLOR}. */
    always,
    /** Never. */
    never
}
