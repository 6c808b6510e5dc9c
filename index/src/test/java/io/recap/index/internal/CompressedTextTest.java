package io.recap.index.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** A report's JSON is stored deflated and read back as it was. */
class CompressedTextTest {

    @Test
    void givesBackTheTextItStoredSmaller() {
        String json = "{\"title\":\"Tư Duy & Văn Hóa DevOps 🚀\",\"points\":[" + "\"Triển khai liên tục\",".repeat(400)
                + "\"\"]}";

        BytesRef stored = CompressedText.deflate(json);

        assertThat(CompressedText.inflate(stored)).isEqualTo(json);
        assertThat(stored.length).isLessThan(json.length() / 5);
        assertThat(CompressedText.inflate(CompressedText.deflate(""))).isEmpty();
    }

    @Test
    void readsFromTheSliceOfABiggerArray() {
        BytesRef stored = CompressedText.deflate("Amazon ECR");
        byte[] bigger = new byte[stored.length + 10];
        System.arraycopy(stored.bytes, stored.offset, bigger, 7, stored.length);

        assertThat(CompressedText.inflate(new BytesRef(bigger, 7, stored.length))).isEqualTo("Amazon ECR");
    }

    @Test
    void damagedOrTruncatedBytesSayToRebuildTheIndex() {
        BytesRef stored = CompressedText.deflate("x".repeat(10_000));
        byte[] cut = Arrays.copyOf(stored.bytes, stored.length / 2);

        assertThatThrownBy(() -> CompressedText.inflate(new BytesRef(cut)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("recap index --full");
        assertThatThrownBy(() -> CompressedText.inflate(new BytesRef(new byte[]{1, 2, 3, 4})))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("recap index --full");
    }
}
