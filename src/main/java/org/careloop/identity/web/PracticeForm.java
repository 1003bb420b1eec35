package org.careloop.identity.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Npi;
import org.careloop.identity.PracticeProfile;

/** The administrator's practice settings form, as typed. {@link #problems} names each bad field with a message key. */
record PracticeForm(String address, String phone, String groupNpi, String tin, String timeZone, int version) {

    static PracticeForm of(PracticeProfile profile) {
        return new PracticeForm(text(profile.address()), text(profile.phone()), text(profile.groupNpi()),
                text(profile.tin()), text(profile.timeZone()), profile.version());
    }

    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (address != null && address.trim().length() > 300) {
            problems.put("address", "admin.practice.address.long");
        }
        if (!NewUserForm.blank(phone) && !phone.trim().matches("\\+?[0-9 ().-]{7,25}")) {
            problems.put("phone", "admin.practice.phone.invalid");
        }
        if (!NewUserForm.blank(groupNpi) && !Npi.valid(groupNpi.trim())) {
            problems.put("groupNpi", "admin.user.npi.invalid");
        }
        if (!NewUserForm.blank(tin) && cleanTin() == null) {
            problems.put("tin", "admin.practice.tin.invalid");
        }
        if (!NewUserForm.blank(timeZone)) {
            try {
                ZoneId.of(timeZone.trim());
            } catch (DateTimeException e) {
                problems.put("timeZone", "admin.practice.timeZone.invalid");
            }
        }
        return problems;
    }

    /** The profile to store: blank fields as null, the tax id as XX-XXXXXXX. */
    PracticeProfile profile(UUID id, String name) {
        return new PracticeProfile(id, name, NewUserForm.clean(address), NewUserForm.clean(phone),
                NewUserForm.clean(groupNpi), cleanTin(), NewUserForm.clean(timeZone), version);
    }

    private String cleanTin() {
        String digits = NewUserForm.blank(tin) ? "" : tin.trim();
        if (digits.matches("[0-9]{2}-?[0-9]{7}")) {
            digits = digits.replace("-", "");
            return digits.substring(0, 2) + "-" + digits.substring(2);
        }
        return null;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
