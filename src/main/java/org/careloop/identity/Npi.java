package org.careloop.identity;

/**
 * The National Provider Identifier rule: ten digits whose last is a Luhn check digit computed with the prefix 80840
 * (CMS, "Requirements for National Provider Identifier check digit"). A typo in a provider's NPI sends every claim
 * of the month back, so it is caught when the provider is added.
 */
public final class Npi {

    private Npi() {
    }

    public static boolean valid(String npi) {
        if (npi == null || !npi.matches("[0-9]{10}")) {
            return false;
        }
        String digits = "80840" + npi;
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
