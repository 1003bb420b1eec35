package org.careloop.identity.web;

import java.util.List;

import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Practice;
import org.careloop.identity.PracticeSelection;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: who is signed in, in which practice, and where they may go. */
@ControllerAdvice(annotations = Controller.class)
class Navigation {

    /** The header's model. */
    record Nav(String displayName, String roles, List<Practice> practices, Practice practice, boolean careTeam,
               boolean provider, boolean billing, boolean admin) {
    }

    private final Callers callers;
    private final Staff staff;
    private final PracticeSelection selection;
    private final MessageSource messages;

    Navigation(Callers callers, Staff staff, PracticeSelection selection, MessageSource messages) {
        this.callers = callers;
        this.staff = staff;
        this.selection = selection;
        this.messages = messages;
    }

    @ModelAttribute("nav")
    Nav nav() {
        return callers.find().map(this::nav).orElse(null);
    }

    private Nav nav(Caller caller) {
        String name = staff.find(caller.userId()).map(Staff.Person::displayName).orElse(caller.username());
        String roles = String.join(", ", caller.roles().stream().sorted()
                .map(role -> messages.getMessage("role." + role.name(), null, role.name(), LocaleContextHolder.getLocale()))
                .toList());
        return new Nav(name, roles, selection.available(), selection.current(),
                caller.hasRole(Role.CARE_MANAGER) || caller.hasRole(Role.NURSE), caller.hasRole(Role.PROVIDER),
                caller.hasRole(Role.BILLER) || caller.hasRole(Role.ADMIN), caller.hasRole(Role.ADMIN));
    }
}
