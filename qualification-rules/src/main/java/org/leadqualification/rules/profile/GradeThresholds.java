package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.leadqualification.result.Grade;

/**
 * The profile's {@code grades}: lowest fit score (0..100) of each grade; below {@code D} is {@code F}.
 *
 * @param a lowest score of A
 * @param b lowest score of B
 * @param c lowest score of C
 * @param d lowest score of D
 */
public record GradeThresholds(@JsonProperty("A") int a, @JsonProperty("B") int b, @JsonProperty("C") int c,
                              @JsonProperty("D") int d) {
    /** @throws IllegalArgumentException unless 100 >= A > B > C > D >= 0 */
    public GradeThresholds {
        check(100 >= a && a > b && b > c && c > d && d >= 0,
                "grades must satisfy 100 >= A > B > C > D >= 0, got A=%s B=%s C=%s D=%s", a, b, c, d);
    }

    /**
     * @param fitScore a fit score 0..100
     * @return its grade
     */
    public Grade gradeOf(int fitScore) {
        if (fitScore >= a) {
            return Grade.A;
        } else if (fitScore >= b) {
            return Grade.B;
        } else if (fitScore >= c) {
            return Grade.C;
        } else if (fitScore >= d) {
            return Grade.D;
        }
        return Grade.F;
    }
}
