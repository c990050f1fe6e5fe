package dev.timelineexplorer.io.timelinejs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void givenHostileOrMalformedHtml_whenReduced_thenOnlyPlainTextRemains() {
        assertThat(HtmlText.plain("a <SCRIPT type=\"x\">if (a < b) alert(1)</script >b"))
                .isEqualTo("a b");
        assertThat(HtmlText.plain("<style>p{}</style><p>x</p><!-- hidden -->y")).isEqualTo("x\n\ny");
        assertThat(HtmlText.plain("1 < 2 &amp;&amp; 3 &gt; 2")).isEqualTo("1 < 2 && 3 > 2");
        assertThat(HtmlText.plain("<a href=\"x>y\" title='>'>link</a>  text\n\nmore"))
                .isEqualTo("link text more");
        assertThat(HtmlText.plain("unterminated <script>alert(1)")).isEqualTo("unterminated");
        assertThat(HtmlText.plain("<img src=x onerror=alert(1)>ok")).isEqualTo("ok");
        assertThat(HtmlText.plain("x&#7;y&#10;z")).isEqualTo("xy z");
        assertThat(HtmlText.plain("<p>a<br/>b</p>\n<p>\n</p><div>c</div>")).isEqualTo("a\nb\n\nc");
        assertThat(HtmlText.plain("<ul><li>one</li><li>two</li></ul>after")).isEqualTo("one\ntwo\n\nafter");
    }

    @Test
    void givenEveryKindOfEntity_whenReduced_thenEachDecodesAsBrowsersDo() {
        assertThat(HtmlText.plain("Pe&ntilde;a &amp; Co &euro;")).isEqualTo("Peña & Co €");
        assertThat(HtmlText.plain("&#65;&#x42;&#X43; &hellip; &rarr; &hearts; &ndash;"))
                .isEqualTo("ABC … → ♥ –");
        assertThat(HtmlText.plain("&#0;&#xD800;")).isEqualTo("\uFFFD\uFFFD");
        assertThat(HtmlText.plain("&bogus; & alone")).isEqualTo("&bogus; & alone");
        assertThat(HtmlText.oneLine("<b>Pe&ntilde;a</b><br>&amp; Co")).isEqualTo("Peña & Co");
    }

    @Test
    void givenDeeplyNestedOrEndlessMarkup_whenReduced_thenTheTextComesThrough() {
        String nested = "<b>".repeat(50_000) + "deep" + "</b>".repeat(50_000);
        String unclosed = "<div><span><i>".repeat(20_000) + "x";

        assertThat(HtmlText.plain(nested)).isEqualTo("deep");
        assertThat(HtmlText.plain(unclosed)).isEqualTo("x");
    }

    @Test
    void givenLongOrAbbreviatedText_whenSummarised_thenTheFirstSentenceWithinTheLimit() {
        assertThat(Summaries.firstSentence("")).isEmpty();
        assertThat(Summaries.firstSentence("U.S. forces land. Then more.")).isEqualTo("U.S. forces land.");
        assertThat(Summaries.firstSentence("First line\n\nSecond")).isEqualTo("First line");
        String longSentence = "word ".repeat(100).strip();
        assertThat(Summaries.firstSentence(longSentence))
                .hasSizeLessThanOrEqualTo(201)
                .endsWith("word…");
    }
}
