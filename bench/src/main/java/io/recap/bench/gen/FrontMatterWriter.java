package io.recap.bench.gen;

import java.time.LocalDate;

/**
 * Writes the front matter of a Hugo page in the variants real archives have: YAML ({@code ---}) with quoted or
 * bare values, {@code key : value} spacing, template-default or missing dates, a copied {@code weight}; rarely
 * TOML ({@code +++}).
 */
final class FrontMatterWriter {

    private FrontMatterWriter() {
    }

    /** Front matter for a page titled {@code title} at position {@code number} ({@code 0}: the section index). */
    static String write(String title, int number, LocalDate eventDate, Dice dice) {
        String pre = number == 0 ? dice.pick(" <b> 4. </b> ", "<b> 4. </b>")
                : dice.pick(" <b> 4." + number + ". </b> ", " <b> 4." + number + ". </b> ",
                    "<b> 4." + number + ". </b>", " <b> 4." + number + " </b> ", "<b>4." + number + ".</b>");
        int weight = number == 0 ? 4 : dice.chance(0.35) ? 1 : number;
        if (dice.chance(0.02)) {
            return "+++\ntitle = \"" + title + "\"\nweight = " + weight + "\nchapter = false\npre = \"" + pre
                    + "\"\n+++\n";
        }
        String sep = dice.chance(0.1) ? " : " : ": ";
        StringBuilder b = new StringBuilder("---\n");
        b.append("title").append(sep).append('"').append(title).append("\"\n");
        if (dice.chance(0.86)) {
            String date = switch (dice.below(8)) {
                case 0, 1, 2 -> eventDate.toString();
                case 3, 4 -> "\"" + eventDate + "\"";
                case 5 -> "2024-01-01";
                case 6 -> "\"`r Sys.Date()`\"";
                default -> dice.chance(0.5) ? "\"\"" : eventDate + "T14:24:43+07:00";
            };
            b.append("date").append(sep).append(date).append('\n');
        }
        b.append("weight").append(sep).append(dice.chance(0.03) ? "\"" + weight + " \"" : weight).append('\n');
        b.append("chapter").append(sep).append("false\n");
        b.append("pre").append(sep).append('"').append(pre).append("\"\n");
        b.append("---\n");
        return b.toString();
    }
}
