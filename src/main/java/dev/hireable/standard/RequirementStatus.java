package dev.hireable.standard;

/**
 * How one repository stands on one requirement of a slot.
 *
 * @param required false for supporting evidence, which adds to the fit but is not needed to meet the slot
 */
public record RequirementStatus(String id, String label, String action, Tier tier, boolean required, double weight) {

    /** Met from {@link Tier#PRESENT} up: a claim alone never meets a requirement. */
    public boolean met() {
        return tier.atLeast(Tier.PRESENT);
    }
}
