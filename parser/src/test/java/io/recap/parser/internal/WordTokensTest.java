package io.recap.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which runs of non-space characters are URLs, paths or code. */
class WordTokensTest {

    private static boolean codeLike(String chunk) {
        return WordTokens.isCodeLike(chunk, 0, chunk.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://aws.amazon.com/lambda", "s3://bucket/key", "/images/eks.png", "@aws-cdk/core",
        "lambda_handler", "AWS::S3::Bucket", "boto3.client('s3')", "image.png", "key=value", "C:\\aws\\config",
        "#DynamoDB", "~/.aws/config"})
    void urlsPathsAndIdentifiersAreCode(String chunk) {
        assertThat(codeLike(chunk)).as(chunk).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lambda", "(Lambda),", "ECS/EKS", "X-Ray", "CI/CD", "Kiro.dev", "Kiro.dev.", "Node.js",
        "**CodeDeploy**", "8:30", "S3.", "##"})
    void wordsWithPunctuationAndNamesWithDomainsAreNot(String chunk) {
        assertThat(codeLike(chunk)).as(chunk).isFalse();
    }
}
