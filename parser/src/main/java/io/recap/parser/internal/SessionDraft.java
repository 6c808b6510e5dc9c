package io.recap.parser.internal;

import io.recap.model.Part;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A session while it is being extracted: its title, where it lies, and the blocks it holds. */
final class SessionDraft {
    String title;
    /** How the session was found: {@link Sessions#TIER_HEADING} (best) to {@link Sessions#TIER_TITLED}. */
    int tier;
    Part part;
    LocalTime start;
    LocalTime end;
    int firstLine;
    int lastLine;
    /** Text lines of the session body, heading excluded. */
    final List<Block> blocks = new ArrayList<>();
    /** Points written on the title line itself ("**Topic**: what was said"). */
    final List<String> leadPoints = new ArrayList<>();
    /** Speakers found where the session was found (an agenda table's presenter column). */
    final List<io.recap.model.Speaker> speakers = new ArrayList<>();
}
