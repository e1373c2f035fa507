package io.xxgk.core.validate.legacy;

/**
 * What a finding says about its rule. A pass produces no finding at all, so there is no PASS here.
 */
public enum Outcome {
    /** The rule was evaluated on numbers and does not hold. */
    FAIL,
    /** An operand is blank, a placeholder, non-numeric or missing: the rule neither passes nor fails. */
    NOT_EVALUABLE,
    /** Not a rule result but something an analyst should see (a parse note, a mixed-template report). */
    NOTE
}
