package org.leadqualification.rules.profile;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leadqualification.model.Seniority;

/**
 * The profile's {@code fit}: the ideal customer profile.
 *
 * @param seniority        points per seniority
 * @param departments      target departments
 * @param jobTitleKeywords words in a job title that show a target role
 * @param industries       target industries
 * @param companySize      points per employee-count band (first band that holds)
 * @param annualRevenue    points per revenue band (first band that holds)
 * @param countries        target countries
 * @param funding          points for funding at or over a threshold
 * @param freeMail         free-mail domains (count against)
 * @param fakeData         made-up data (counts against)
 */
public record Fit(Map<Seniority, Integer> seniority, PointsForValues departments, PointsForValues jobTitleKeywords,
                  PointsForValues industries, List<Band> companySize, List<Band> annualRevenue,
                  PointsForValues countries, Threshold funding, PointsForValues freeMail, FakeData fakeData) {
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    /** Copies the collections; an empty seniority map means every seniority gives 0. */
    public Fit {
        seniority = Collections.unmodifiableMap(new EnumMap<>(seniority.isEmpty()
                ? Map.of(Seniority.OTHER, 0) : seniority));
        companySize = List.copyOf(companySize);
        annualRevenue = List.copyOf(annualRevenue);
    }

    /**
     * @param s a seniority
     * @return its points, 0 if the profile gives none
     */
    public int seniorityPoints(Seniority s) {
        return seniority.getOrDefault(s, 0);
    }

    /**
     * @param employees employee count
     * @return the first band of {@code companySize} that holds it, or empty
     */
    public Optional<Band> sizeBand(long employees) {
        return first(companySize, employees);
    }

    /**
     * @param revenue annual revenue
     * @return the first band of {@code annualRevenue} that holds it, or empty
     */
    public Optional<Band> revenueBand(long revenue) {
        return first(annualRevenue, revenue);
    }

    /**
     * @param revenue annual revenue, any size
     * @return the first band of {@code annualRevenue} that holds it (amounts beyond {@code Long.MAX_VALUE} count as
     *         that), or empty
     */
    public Optional<Band> revenueBand(BigDecimal revenue) {
        return first(annualRevenue, revenue.compareTo(LONG_MAX) >= 0 ? Long.MAX_VALUE : revenue.longValue());
    }

    private static Optional<Band> first(List<Band> bands, long value) {
        for (Band b : bands) {
            if (b.contains(value)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
