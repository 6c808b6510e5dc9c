package io.recap.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.index.internal.QueryWords.Mode;
import org.junit.jupiter.api.Test;

/** Folding, tone placement, and the spellings a query word is looked up under. */
class DiacriticsTest {

    static final String M = String.valueOf(Diacritics.MARKED);

    @Test
    void foldingRemovesMarksAndDStroke() {
        assertThat(Diacritics.fold("đám mây")).isEqualTo("dam may");
        assertThat(Diacritics.hasMarks("bảo")).isTrue();
        assertThat(Diacritics.hasMarks("bao")).isFalse();
    }

    @Test
    void theToneOfAFinalOaOeUyGoesOnItsSecondVowel() {
        assertThat(Diacritics.normalizeTones("hóa")).isEqualTo("hoá");
        assertThat(Diacritics.normalizeTones("hoá")).isEqualTo("hoá");
        assertThat(Diacritics.normalizeTones("thủy")).isEqualTo("thuỷ");
        assertThat(Diacritics.normalizeTones("khỏe")).isEqualTo("khoẻ");
        assertThat(Diacritics.normalizeTones("quý")).as("qu is a consonant").isEqualTo("quý");
        assertThat(Diacritics.normalizeTones("hoàng")).as("not final").isEqualTo("hoàng");
    }

    @Test
    void aWordIsLookedUpUnderTheSpellingsItMayMean() {
        assertThat(QueryWords.spellings("bao", Mode.STRICT)).containsExactly("bao", "bao" + M);
        assertThat(QueryWords.spellings("bảo", Mode.STRICT)).containsExactly("bảo", "bao");
        assertThat(QueryWords.spellings("bảo", Mode.LOOSE)).containsExactly("bao", "bao" + M);
        assertThat(QueryWords.spellings("bảo", Mode.EXACT)).containsExactly("bảo");
        assertThat(QueryWords.spellings("hóa", Mode.STRICT)).containsExactly("hoá", "hoa");
    }

    @Test
    void syllablesAreShortWordsOfLettersThatFoldToLatin() {
        assertThat(Diacritics.isSyllable("mật")).isTrue();
        assertThat(Diacritics.isSyllable("nghiêng")).isTrue();
        assertThat(Diacritics.isSyllable("duy")).isTrue();
        assertThat(Diacritics.isSyllable("kubernetes")).isFalse();
        assertThat(Diacritics.isSyllable("aws")).isFalse();
        assertThat(Diacritics.isSyllable("data")).isFalse();
        assertThat(Diacritics.isSyllable("s3")).isFalse();
    }
}
