package org.leadqualification.learn;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.Lead;

/**
 * Won and lost leads with one planted signal: a lead that attended a webinar in its first two weeks wins 75% of
 * the time, any other 20%. Everything else (page views, e-mail opens, source, a noise attribute) is noise.
 * Created one hour apart from 2025-01-01 on, closed 30 to 60 days after creation; fixed seed.
 */
final class SyntheticHistory {
    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final List<String> SOURCES = List.of("WEBINAR", "ORGANIC_SEARCH", "PAID_SEARCH", "EVENT");

    private SyntheticHistory() {
    }

    static List<Lead> leads(int n, long seed) {
        Random r = new Random(seed);
        List<Lead> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant created = START.plus(Duration.ofHours(i));
            Lead.Builder b = Lead.builder(String.format("S-%06d", i)).createdAt(created)
                    .source(SOURCES.get(r.nextInt(SOURCES.size())))
                    .attribute("newsletterOptIn", r.nextBoolean());
            for (int k = r.nextInt(6); k > 0; k--) {
                b.interaction("PAGE_VIEW", created.plus(Duration.ofHours(1 + r.nextInt(13 * 24))));
            }
            for (int k = r.nextInt(3); k > 0; k--) {
                b.interaction("EMAIL_OPEN", created.plus(Duration.ofHours(1 + r.nextInt(13 * 24))));
            }
            boolean webinar = r.nextDouble() < 0.3;
            if (webinar) {
                b.interaction("WEBINAR_ATTENDED", created.plus(Duration.ofHours(1 + r.nextInt(13 * 24))));
            }
            boolean won = r.nextDouble() < (webinar ? 0.75 : 0.2);
            Instant closed = created.plus(Duration.ofDays(30 + r.nextInt(31)));
            b.outcome(won ? DealOutcome.won(closed, BigDecimal.valueOf(1000)) : DealOutcome.lost(closed, "no budget"));
            out.add(b.build());
        }
        return out;
    }
}
