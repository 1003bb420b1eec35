package org.careloop.identity.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.MainNavigation;
import org.careloop.identity.Practice;
import org.careloop.identity.PracticeSelection;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's header needs: who is signed in, in which practice, and where they may go. The places come
 * from the controllers marked {@link MainNavigation}, shown to the roles each names.
 */
@ControllerAdvice(annotations = Controller.class)
class Navigation {

    /** The header's model. */
    record Nav(String displayName, String roles, List<Practice> practices, Practice practice, List<Link> links) {
    }

    /** A place in the main navigation: where it goes and the message key of its text. */
    record Link(String path, String label) {
    }

    private final Callers callers;
    private final Staff staff;
    private final PracticeSelection selection;
    private final Practices practices;
    private final Clock clock;
    private final MessageSource messages;
    private final List<MainNavigation> places;

    Navigation(Callers callers, Staff staff, PracticeSelection selection, Practices practices, Clock clock,
               MessageSource messages, ApplicationContext context) {
        this.callers = callers;
        this.staff = staff;
        this.selection = selection;
        this.practices = practices;
        this.clock = clock;
        this.messages = messages;
        this.places = Arrays.stream(context.getBeanNamesForAnnotation(MainNavigation.class))
                .map(bean -> context.findAnnotationOnBean(bean, MainNavigation.class))
                .sorted(Comparator.comparingInt(MainNavigation::order)).toList();
    }

    @ModelAttribute("nav")
    Nav nav() {
        return callers.find().map(this::nav).orElse(null);
    }

    /** The zone of the practice the person works in, for the times a page shows; a page may name another. */
    @ModelAttribute("zone")
    ZoneId zone() {
        return callers.find().map(caller -> selection.current()).map(practice -> practices.zoneOf(practice.id()))
                .orElse(clock.getZone());
    }

    private Nav nav(Caller caller) {
        String name = staff.find(caller.userId()).map(Staff.Person::displayName).orElse(caller.username());
        String roles = String.join(", ", caller.roles().stream().sorted()
                .map(role -> messages.getMessage("role." + role.name(), null, role.name(), LocaleContextHolder.getLocale()))
                .toList());
        List<Link> links = places.stream().filter(place -> Arrays.stream(place.roles()).anyMatch(caller::hasRole))
                .map(place -> new Link(place.path(), place.label())).toList();
        return new Nav(name, roles, selection.available(), selection.current(), links);
    }
}
