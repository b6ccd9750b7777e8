package org.comity.web.view;

import java.util.List;

/** The seed article's claims, each with the data's verdict, how it was checked and the computation. */
public record ClaimsView(Frame frame, Link article, String publisher, String published, List<Card> verdicts, List<Claim> claims) {

    /**
     * @param expected        the claimed value as shown, marked with its language when it is not the page's
     * @param verdictSentence the verdict and what it means, in one sentence
     * @param computation     the computation's scalar values as rows of a small table
     * @param raw             the whole computation as JSON, one click away
     */
    public record Claim(String id, String verdict, String quote, String text, Fact.Value expected, Fact.Value computed,
                        String verdictSentence, String definition, String tolerance, List<Fact> computation, String raw,
                        List<String> sources) {}
}
