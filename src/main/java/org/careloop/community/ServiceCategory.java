package org.careloop.community;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a community service helps with, in categories that line up with the needs a social needs screen finds (the
 * five AHC HRSN core domains) plus the help care managers most often look for beside them. {@code code} is the
 * category's name in HSDS packages (the taxonomy term CareLoop reads, see {@link DirectoryPackages}) and in URLs.
 */
public enum ServiceCategory {
    HOUSING("housing", "Housing"),
    FOOD("food", "Food"),
    TRANSPORTATION("transportation", "Transportation"),
    UTILITIES("utilities", "Utilities"),
    INTERPERSONAL_SAFETY("interpersonal-safety", "Interpersonal safety"),
    CAREGIVER_SUPPORT("caregiver-support", "Caregiver support"),
    MENTAL_HEALTH("mental-health", "Mental health"),
    FINANCIAL_HELP("financial-help", "Financial help");

    /** The taxonomy CareLoop's category terms belong to in an HSDS package. */
    public static final String TAXONOMY = "https://careloop.org/hsds/categories";

    private final String code;
    private final String label;

    ServiceCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The category in words, as HSDS taxonomy term name. */
    public String label() {
        return label;
    }

    /** The category of a code or enum name ("food", "FOOD", "Food"), if it is one. */
    public static Optional<ServiceCategory> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(values()).filter(category -> category.code.equals(wanted)).findFirst();
    }

    /**
     * The category that serves a need found by the AHC HRSN screen, by its SDOH domain: both housing needs (no
     * steady place, housing problems) go to housing services.
     */
    public static Optional<ServiceCategory> forNeed(String sdohDomain) {
        if (sdohDomain == null) {
            return Optional.empty();
        }
        return switch (sdohDomain.toLowerCase(Locale.ROOT)) {
            case "housing-instability", "housing-quality", "homelessness", "inadequate-housing" -> Optional.of(HOUSING);
            case "food-insecurity" -> Optional.of(FOOD);
            case "transportation", "transportation-insecurity" -> Optional.of(TRANSPORTATION);
            case "utilities", "utility-insecurity" -> Optional.of(UTILITIES);
            case "interpersonal-safety", "intimate-partner-violence", "elder-abuse" -> Optional.of(INTERPERSONAL_SAFETY);
            case "financial-insecurity" -> Optional.of(FINANCIAL_HELP);
            case "stress" -> Optional.of(MENTAL_HEALTH);
            default -> of(sdohDomain);
        };
    }
}
