package io.xxgk.generate;

/**
 * A reporting agency as the report names it.
 *
 * @param fullName  the longest qualified name (吉林市船营区北极街道办事处), as the contract's {@code agency}
 * @param shortName how the body text calls it (北极街道, 江源区)
 * @param parent    the issuing body printed on a red head (晋江市人民政府), empty when the agency has none
 * @param selfRef   how the agency refers to itself in running text (我街, 我局, 我区)
 */
public record Agency(String fullName, String shortName, String parent, Kind kind, String selfRef) {

    /** What kind of body reports; it decides the size of the figures and the narrative's wording. */
    public enum Kind {
        STREET_OFFICE, TOWNSHIP_GOVERNMENT, COUNTY_GOVERNMENT, DEPARTMENT
    }
}
