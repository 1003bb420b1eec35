package org.careloop.community.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.careloop.community.LanguageNames;
import org.careloop.community.CommunityService;
import org.careloop.community.RankedService;
import org.careloop.community.RankedService.Area;

/**
 * Orders the services of a category for one person, and says why. A service that lists the person's ZIP code as
 * served comes first, then one with a place in that ZIP code, then one nearby (a place or a served ZIP code with the
 * same first three digits, the same postal sectional center), then the rest. Within each, services speaking the
 * person's language come first, then those open now, then the most recently verified, then by name. With
 * {@code openNowOnly}, services not open now (or without hours) are left out.
 */
public final class ResourceRanking {

    private static final Comparator<RankedService> ORDER = Comparator
            .comparing(RankedService::area)
            .thenComparing(ranked -> !ranked.speaksLanguage())
            .thenComparing(ranked -> !Boolean.TRUE.equals(ranked.openNow()))
            .thenComparing(ranked -> ranked.service().lastVerified(), Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(ranked -> ranked.service().name(), String.CASE_INSENSITIVE_ORDER);

    private ResourceRanking() {
    }

    public static List<RankedService> rank(List<CommunityService> services, String zip, String language,
                                           LocalDateTime now, boolean openNowOnly) {
        String wantedZip = zip == null || zip.isBlank() ? null : zip.trim();
        String wantedLanguage = language == null || language.isBlank() ? null : LanguageNames.nameOf(language);
        List<RankedService> ranked = new ArrayList<>();
        for (CommunityService service : services) {
            List<String> reasons = new ArrayList<>();
            Area area = area(service, wantedZip, reasons);
            boolean speaks = wantedLanguage != null && speaks(service, wantedLanguage);
            if (wantedLanguage != null) {
                reasons.add(speaks ? "Speaks " + wantedLanguage : wantedLanguage + " not listed");
            }
            Boolean open = service.hours().isEmpty() ? null
                    : service.hours().stream().anyMatch(hours -> hours.openAt(now));
            reasons.add(open == null ? "Hours not listed" : open ? "Open now" : "Closed now");
            if (openNowOnly && !Boolean.TRUE.equals(open)) {
                continue;
            }
            ranked.add(new RankedService(service, area, speaks, open, reasons));
        }
        ranked.sort(ORDER);
        return ranked;
    }

    private static Area area(CommunityService service, String zip, List<String> reasons) {
        if (zip == null) {
            return Area.SERVES_ZIP;
        }
        if (service.zipCodes().contains(zip)) {
            reasons.add("Serves ZIP " + zip);
            return Area.SERVES_ZIP;
        }
        if (service.places().stream().anyMatch(place -> zip.equals(five(place.postalCode())))) {
            reasons.add("Has a location in ZIP " + zip + " (does not list it as served)");
            return Area.IN_ZIP;
        }
        String prefix = zip.length() >= 3 ? zip.substring(0, 3) : zip;
        boolean near = service.places().stream().map(place -> five(place.postalCode())).anyMatch(z -> z != null && z.startsWith(prefix))
                || service.zipCodes().stream().anyMatch(z -> z.startsWith(prefix));
        if (near) {
            reasons.add("Nearby: serves or is located in the " + prefix + "xx area, not ZIP " + zip);
            return Area.NEARBY;
        }
        reasons.add(service.zipCodes().isEmpty() ? "Lists no ZIP codes served" : "Does not serve ZIP " + zip);
        return Area.ELSEWHERE;
    }

    private static boolean speaks(CommunityService service, String language) {
        return service.languages().stream().map(LanguageNames::nameOf).anyMatch(language::equalsIgnoreCase);
    }

    private static String five(String postalCode) {
        return postalCode == null || postalCode.length() < 5 ? postalCode : postalCode.substring(0, 5);
    }
}
