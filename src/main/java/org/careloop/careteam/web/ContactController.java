package org.careloop.careteam.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.careteam.CareContact;
import org.careloop.careteam.CareContactEntry;
import org.careloop.careteam.PatientContacts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A patient's caregivers, emergency contacts and healthcare proxy, with what the patient authorised to share. */
@RestController
@RequestMapping("/api/patients/{id}/contacts")
@Tag(name = "Contacts")
class ContactController {

    private final PatientContacts contacts;

    ContactController(PatientContacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping
    @Operation(summary = "The patient's contacts, the healthcare proxy first, each with its sharing authorisation")
    List<CareContact> list(@PathVariable UUID id) {
        return contacts.of(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a contact: name, relationship, kinds (CAREGIVER, EMERGENCY_CONTACT, HEALTHCARE_PROXY), "
            + "phones, email, preferredLanguage, sharingAuthorised, sharingAuthorisedOn, sharingScope, notes")
    CareContact add(@PathVariable UUID id, @RequestBody CareContactEntry entry) {
        return contacts.add(id, entry);
    }

    @PutMapping("/{contactId}")
    @Operation(summary = "Revise a contact; version required. A changed authorisation is recorded as yours")
    CareContact revise(@PathVariable UUID id, @PathVariable UUID contactId, @RequestBody CareContactEntry entry) {
        return contacts.revise(id, contactId, entry);
    }

    @DeleteMapping("/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a contact from the patient's list (kept on record); version required")
    void remove(@PathVariable UUID id, @PathVariable UUID contactId,
                @RequestParam(required = false) Integer version) {
        contacts.remove(id, contactId, version);
    }
}
