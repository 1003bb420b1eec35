package org.careloop.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Practice;
import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo organization: two practices and one person per role, all with the password {@value #PASSWORD}.
 * Loaded once into an empty database when demo data is enabled; other modules add their part of the demo
 * (patients) when {@link DemoStaffHired} is announced; then the demo month is played through the services.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "careloop-demo";
    static final String RIVERSIDE = "Riverside Family Medicine";
    static final String HILLCREST = "Hillcrest Internal Medicine";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Practices practices;
    private final Staff staff;
    private final ApplicationEventPublisher events;
    private final DemoMonth month;
    private final DemoCareTeams careTeams;
    private final DemoWishes wishes;
    private final DemoTransitions transitions;
    private final DemoMedications medications;
    private final DemoNotes notes;
    private final DemoReferrals referrals;
    private final DemoAdtFeed adtFeed;
    private final boolean enabled;
    private final boolean withMonth;

    DemoData(Practices practices, Staff staff, ApplicationEventPublisher events, DemoMonth month, DemoCareTeams careTeams,
             DemoTransitions transitions, DemoMedications medications, DemoNotes notes, DemoReferrals referrals,
             DemoAdtFeed adtFeed, DemoWishes wishes,
             @Value("${careloop.demo-enabled:false}") boolean enabled,
             @Value("${careloop.demo-month:true}") boolean withMonth) {
        this.practices = practices;
        this.staff = staff;
        this.events = events;
        this.month = month;
        this.careTeams = careTeams;
        this.wishes = wishes;
        this.transitions = transitions;
        this.medications = medications;
        this.notes = notes;
        this.referrals = referrals;
        this.adtFeed = adtFeed;
        this.enabled = enabled;
        this.withMonth = withMonth;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || staff.findByUsername("admin").isPresent()) {
            return;
        }
        Practice riverside = practices.open(RIVERSIDE);
        Practice hillcrest = practices.open(HILLCREST);
        Set<UUID> both = Set.of(riverside.id(), hillcrest.id());
        staff.hire("admin", "Alex Admin", PASSWORD, null, null, List.of(Role.ADMIN), both);
        staff.hire("cm.rivera", "Maria Rivera", PASSWORD, null, "RN", List.of(Role.CARE_MANAGER), Set.of(riverside.id()));
        staff.hire("cm.okafor", "Chidi Okafor", PASSWORD, null, "LPN", List.of(Role.CARE_MANAGER), Set.of(hillcrest.id()));
        staff.hire("rn.patel", "Priya Patel", PASSWORD, null, "RN", List.of(Role.NURSE), Set.of(riverside.id()));
        staff.hire("dr.chen", "Dr. Wei Chen", PASSWORD, "1234567893", "MD", List.of(Role.PROVIDER), Set.of(riverside.id()));
        staff.hire("dr.osei", "Dr. Ama Osei", PASSWORD, "1245319599", "MD", List.of(Role.PROVIDER), Set.of(hillcrest.id()));
        staff.hire("biller", "Bailey Biller", PASSWORD, null, null, List.of(Role.BILLER), both);
        log.info("Demo organization created: practices {} and {}", RIVERSIDE, HILLCREST);
        // listeners load the demo patients before this returns
        events.publishEvent(new DemoStaffHired(Map.of(RIVERSIDE, riverside.id(), HILLCREST, hillcrest.id())));
        if (withMonth) {
            month.prepare(riverside.id(), "cm.rivera", "dr.chen", "rn.patel");
            month.prepare(hillcrest.id(), "cm.okafor", "dr.osei");
            transitions.prepare(riverside.id(), "cm.rivera", "dr.chen");
            transitions.prepare(hillcrest.id(), "cm.okafor", "dr.osei");
            medications.prepare(riverside.id(), "cm.rivera");
            notes.prepare(riverside.id(), "cm.rivera");
            referrals.prepare(riverside.id(), "cm.rivera");
            events.publishEvent(new DemoMonthPrepared(Map.of(riverside.id(), "cm.rivera", hillcrest.id(), "cm.okafor")));
            log.info("Demo month prepared for both practices");
        }
        careTeams.prepare(riverside.id(), "cm.rivera", "rn.patel");
        careTeams.prepare(hillcrest.id(), "cm.okafor", null);
        if (withMonth) {
            wishes.nameProxies(riverside.id(), "cm.rivera");
        }
        adtFeed.announce(riverside.id());
    }
}
